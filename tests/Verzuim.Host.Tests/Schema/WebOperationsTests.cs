using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Verzuim.Host.Tests.Schema;

/// <summary>Web knows the API only as .graphql files; each must stay valid against the composed schema.</summary>
[Collection(HostApiCollection.Name)]
public sealed class WebOperationsTests(VerzuimApiFactory api)
{
    public static TheoryData<string> WebOperations() =>
        [.. Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "Web", "Api", "Operations"), "*.graphql").Select(path => Path.GetFileName(path)).Order()];

    [Theory]
    [MemberData(nameof(WebOperations))]
    public async Task The_web_operation_is_valid_against_the_composed_schema(string file)
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        var text = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "src", "Web", "Api", "Operations", file));
        var document = GraphQLParser.Parser.Parse(text);

        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = schema,
            Document = document,
            Rules = DocumentValidator.CoreRules,
            Operation = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>().Single(),
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
        });

        // Variable values come at run time; only the document itself is checked here.
        result.Errors.Where(error => error is not InvalidVariableError).Select(error => error.Message).ShouldBeEmpty();
    }
}
