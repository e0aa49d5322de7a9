using Mono.Cecil;
using Mono.Cecil.Cil;

namespace Verzuim.Host.Tests.Architecture;

/// <summary>
/// Which namespaces each type of a compiled assembly uses: in its signatures, attributes and method bodies. A nested
/// or compiler-generated type counts as part of the type it is written in.
/// </summary>
internal static class NamespaceDependencies
{
    /// <returns>For each top-level type: its namespace and every namespace it uses.</returns>
    public static IReadOnlyList<(TypeDefinition Type, IReadOnlySet<string> Uses)> Of(string assemblyPath)
    {
        var module = ModuleDefinition.ReadModule(assemblyPath);
        return [.. module.Types.Where(type => type.Name != "<Module>").Select(type => (type, (IReadOnlySet<string>)UsesOf(type)))];
    }

    private static HashSet<string> UsesOf(TypeDefinition type)
    {
        var uses = new HashSet<string>(StringComparer.Ordinal);
        Visit(type, uses);
        return uses;
    }

    private static void Visit(TypeDefinition type, HashSet<string> uses)
    {
        Add(type.BaseType, uses);
        type.Interfaces.ToList().ForEach(i => Add(i.InterfaceType, uses));
        Attributes(type, uses);
        foreach (var field in type.Fields)
        {
            Add(field.FieldType, uses);
            Attributes(field, uses);
        }
        foreach (var property in type.Properties)
        {
            Add(property.PropertyType, uses);
            Attributes(property, uses);
        }
        foreach (var method in type.Methods)
        {
            Add(method.ReturnType, uses);
            method.Parameters.ToList().ForEach(p => Add(p.ParameterType, uses));
            Attributes(method, uses);
            if (!method.HasBody)
            {
                continue;
            }
            method.Body.Variables.ToList().ForEach(v => Add(v.VariableType, uses));
            foreach (var instruction in method.Body.Instructions)
            {
                Operand(instruction, uses);
            }
        }
        foreach (var nested in type.NestedTypes)
        {
            Visit(nested, uses);
        }
    }

    private static void Operand(Instruction instruction, HashSet<string> uses)
    {
        switch (instruction.Operand)
        {
            case TypeReference type:
                Add(type, uses);
                break;
            case MethodReference method:
                Add(method.DeclaringType, uses);
                Add(method.ReturnType, uses);
                method.Parameters.ToList().ForEach(p => Add(p.ParameterType, uses));
                if (method is GenericInstanceMethod generic)
                {
                    generic.GenericArguments.ToList().ForEach(a => Add(a, uses));
                }
                break;
            case FieldReference field:
                Add(field.DeclaringType, uses);
                Add(field.FieldType, uses);
                break;
        }
    }

    private static void Attributes(ICustomAttributeProvider provider, HashSet<string> uses)
    {
        foreach (var attribute in provider.CustomAttributes)
        {
            Add(attribute.AttributeType, uses);
        }
    }

    private static void Add(TypeReference? type, HashSet<string> uses)
    {
        switch (type)
        {
            case null or GenericParameter:
                return;
            case GenericInstanceType generic:
                Add(generic.ElementType, uses);
                generic.GenericArguments.ToList().ForEach(a => Add(a, uses));
                return;
            case TypeSpecification specification:
                Add(specification.ElementType, uses);
                return;
        }
        while (type.DeclaringType is not null)
        {
            type = type.DeclaringType;
        }
        if (type.Namespace.Length > 0)
        {
            uses.Add(type.Namespace);
        }
    }
}
