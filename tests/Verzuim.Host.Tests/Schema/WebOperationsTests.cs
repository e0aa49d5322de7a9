using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using Microsoft.Extensions.DependencyInjection;

namespace Verzuim.Host.Tests.Schema;

/// <summary>
/// Web knows the API only as .graphql files, and docs/graphql shows every operation to developers; each operation in
/// them must stay valid against the composed schema.
/// </summary>
[Collection(HostApiCollection.Name)]
public sealed class WebOperationsTests(VerzuimApiFactory api)
{
    private static readonly string WebFolder = Path.Combine(RepositoryRoot.Path, "src", "Web", "Api", "Operations");
    private static readonly string DocsFolder = Path.Combine(RepositoryRoot.Path, "docs", "graphql");

    public static TheoryData<string> WebOperations() =>
        [.. Directory.GetFiles(WebFolder, "*.graphql").Select(path => Path.GetFileName(path)).Order()];

    public static TheoryData<string, string> DocumentedOperations()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(DocsFolder, "*.graphql").Order())
        {
            foreach (var operation in GraphQLParser.Parser.Parse(File.ReadAllText(path)).Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>())
            {
                data.Add(Path.GetFileName(path), operation.Name!.StringValue);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(WebOperations))]
    public async Task The_web_operation_is_valid_against_the_composed_schema(string file) =>
        (await ProblemsAsync(Path.Combine(WebFolder, file), operationName: null)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(DocumentedOperations))]
    public async Task The_documented_example_is_valid_against_the_composed_schema(string file, string operationName) =>
        (await ProblemsAsync(Path.Combine(DocsFolder, file), operationName)).ShouldBeEmpty();

    private async Task<IEnumerable<string>> ProblemsAsync(string path, string? operationName)
    {
        var document = GraphQLParser.Parser.Parse(await File.ReadAllTextAsync(path));
        var operations = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = api.Services.GetRequiredService<ISchema>(),
            Document = document,
            Rules = DocumentValidator.CoreRules,
            Operation = operationName is null ? operations.Single() : operations.Single(operation => operation.Name?.StringValue == operationName),
            Variables = Inputs.Empty,
            Extensions = Inputs.Empty,
        });

        // Variable values come at run time; only the document itself is checked here.
        return result.Errors.Where(error => error is not InvalidVariableError).Select(error => error.Message);
    }
}
