using System.Text.RegularExpressions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Verzuim.Host.Tests.Schema;

/// <summary>SECURITY, "Privacy": no field for the nature, cause or diagnosis of an illness exists in the schema or the database.</summary>
[Collection(HostApiCollection.Name)]
public sealed partial class NoHealthDataTests(VerzuimApiFactory api)
{
    // "Signature" is the employee's akkoord on a document, not the nature of anything.
    [GeneratedRegex("diagnos|symptom|cause|(?<!sig)nature|illness|disease|medic|complaint|klacht|ziekte|oorzaak", RegexOptions.IgnoreCase)]
    private static partial Regex HealthWord();

    [Fact]
    public void No_type_field_argument_or_input_field_of_the_schema_names_the_illness()
    {
        var schema = api.Services.GetRequiredService<ISchema>();
        schema.Initialize();

        var names = schema.AllTypes.Where(type => !type.Name.StartsWith("__", StringComparison.Ordinal)).SelectMany(NamesIn).ToList();

        names.ShouldContain("ReportSickInput.handover");
        names.Where(name => HealthWord().IsMatch(name)).ShouldBeEmpty();
    }

    private static IEnumerable<string> NamesIn(IGraphType type)
    {
        yield return type.Name;
        var members = type switch
        {
            IComplexGraphType complex => complex.Fields.SelectMany(field =>
                (field.Arguments ?? []).Select(argument => $"{field.Name}({argument.Name})").Prepend(field.Name)),
            EnumerationGraphType enumeration => enumeration.Values.Select(value => value.Name),
            _ => [],
        };
        foreach (var member in members)
        {
            yield return $"{type.Name}.{member}";
        }
    }

    [Fact]
    public async Task No_column_of_any_module_names_the_illness()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_schema || '.' || table_name || '.' || column_name FROM information_schema.columns WHERE table_schema IN ('accounts', 'second_factor', 'absence', 'dossiers')",
            connection);
        var columns = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add(reader.GetString(0));
            }
        }

        columns.ShouldContain("absence.absences.sick_report_handover");
        columns.ShouldContain("dossiers.messages.body");
        columns.Where(column => HealthWord().IsMatch(column)).ShouldBeEmpty();
    }
}
