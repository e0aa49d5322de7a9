using GraphQL.Builders;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.BuildingBlocks.GraphQL;

public abstract class PayloadType<TPayload> : ObjectGraphType<TPayload> where TPayload : IPayload
{
    protected PayloadType(string name, string description)
    {
        Name = name;
        Description = description;
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors")
            .Description("Why the mutation did not (fully) succeed. Empty on success; nothing is written when it is not.")
            .Resolve(context => context.Source.Errors);
    }
}

public static class FieldBuilderExtensions
{
    /// <summary>Declares who may select this root field; see <see cref="Access"/>.</summary>
    public static FieldBuilder<TSource, TReturn> Allow<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Access access)
    {
        field.FieldType.Metadata[Access.MetadataKey] = access;
        return field;
    }

    public static ConnectionBuilder<TSource> Allow<TSource>(this ConnectionBuilder<TSource> field, Access access)
    {
        field.FieldType.Metadata[Access.MetadataKey] = access;
        return field;
    }
}
