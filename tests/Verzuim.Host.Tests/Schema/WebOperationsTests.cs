extern alias web;

using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQL.Validation.Complexity;
using GraphQL.Validation.Rules.Custom;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Verzuim.Host.GraphQL;

namespace Verzuim.Host.Tests.Schema;

/// <summary>
/// Web knows the API only as .graphql files, and docs/graphql shows every operation to developers; each operation in
/// them must stay valid against the composed schema, and within the Host's limits on what one request may cost.
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

    /// <summary>Checked as Web sends it: the operation with the fragments it spreads.</summary>
    [Theory]
    [MemberData(nameof(WebOperations))]
    public async Task The_web_operation_is_valid_and_within_the_request_limits(string file) =>
        (await ProblemsAsync(web::Verzuim.Web.Api.Operations.Get(Path.GetFileNameWithoutExtension(file)), operationName: null)).ShouldBeEmpty();

    [Theory]
    [MemberData(nameof(DocumentedOperations))]
    public async Task The_documented_example_is_valid_and_within_the_request_limits(string file, string operationName) =>
        (await ProblemsAsync(await File.ReadAllTextAsync(Path.Combine(DocsFolder, file)), operationName)).ShouldBeEmpty();

    private GraphQLOptions Limits => api.Services.GetRequiredService<IOptions<GraphQLOptions>>().Value;

    private ComplexityOptions Complexity
    {
        get
        {
            var complexity = new ComplexityOptions();
            RequestCost.Configure(complexity, Limits);
            return complexity;
        }
    }

    private async Task<IEnumerable<string>> ProblemsAsync(string text, string? operationName)
    {
        var document = GraphQLParser.Parser.Parse(text);
        var operations = document.Definitions.OfType<GraphQLParser.AST.GraphQLOperationDefinition>();
        var result = await new DocumentValidator().ValidateAsync(new ValidationOptions
        {
            Schema = api.Services.GetRequiredService<ISchema>(),
            Document = document,
            Rules = [.. DocumentValidator.CoreRules, new FieldCountLimit(Limits.MaxFields), new ComplexityValidationRule(Complexity)],
            Operation = operationName is null ? operations.Single() : operations.Single(operation => operation.Name?.StringValue == operationName),
            Variables = Inputs.Empty,
            Metrics = global::GraphQL.Instrumentation.Metrics.None,
            Extensions = Inputs.Empty,
        });

        // Variable values come at run time; only the document itself is checked here.
        return result.Errors.Where(error => error is not InvalidVariableError).Select(error => error.Message);
    }
}
