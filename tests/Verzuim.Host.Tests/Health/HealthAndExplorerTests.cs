using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Host.Health;

namespace Verzuim.Host.Tests.Health;

[Collection(HostApiCollection.Name)]
public sealed class HealthAndExplorerTests(VerzuimApiFactory api)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task The_health_endpoints_answer_healthy_while_the_database_answers(string path)
    {
        var response = await api.CreateClient().GetAsync(path);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).ShouldBe("Healthy");
    }

    [Fact]
    public async Task Readiness_reports_unhealthy_when_PostgreSQL_does_not_answer()
    {
        await using var unreachable = new NpgsqlDataSourceBuilder("Host=127.0.0.1;Port=9;Username=postgres;Timeout=2").Build();

        var result = await new PostgresReadiness(unreachable).CheckHealthAsync(new HealthCheckContext());

        result.Status.ShouldBe(HealthStatus.Unhealthy);
    }

    [Fact]
    public async Task The_explorer_is_served_at_graphql_ui_points_at_graphql_and_shows_no_banners()
    {
        var client = api.CreateClient(new() { AllowAutoRedirect = false });

        var redirect = await client.GetAsync("/graphql/ui");
        var page = await client.GetAsync("/graphql/ui/");
        var html = await page.Content.ReadAsStringAsync();

        redirect.Headers.Location!.ToString().ShouldBe("/graphql/ui/");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        html.ShouldContain("altair", Case.Insensitive);
        html.ShouldContain("endpointURL: `/graphql`");
        html.ShouldContain("'banners.disable': true");
        html.ShouldContain("'alert.disableUpdateNotification': true");
    }

    [Fact]
    public async Task Each_module_keeps_its_migration_history_in_its_own_schema()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT table_schema FROM information_schema.tables WHERE table_name = '__EFMigrationsHistory' ORDER BY 1", connection);
        var schemas = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                schemas.Add(reader.GetString(0));
            }
        }

        schemas.ShouldBe(["absence", "accounts", "dossiers", "second_factor"]);
    }

    [Fact]
    public async Task A_schema_made_by_migrations_this_version_does_not_have_stops_the_start_with_the_way_out()
    {
        await using var connection = new NpgsqlConnection(api.ConnectionString);
        await connection.OpenAsync();
        await using (var insert = new NpgsqlCommand(
            "INSERT INTO absence.\"__EFMigrationsHistory\" VALUES ('20261124232806_AbsenceReports', '10.0.0')", connection))
        {
            await insert.ExecuteNonQueryAsync();
        }
        try
        {
            var absence = api.Services.GetServices<IModuleMigration>().Single(migration => migration.Schema == "absence");

            var refusal = await Should.ThrowAsync<InvalidOperationException>(() => absence.ApplyAsync(api.Services, CancellationToken.None));

            refusal.Message.ShouldContain("20261124232806_AbsenceReports");
            refusal.Message.ShouldContain("delete .data/postgres");
        }
        finally
        {
            await using var delete = new NpgsqlCommand(
                "DELETE FROM absence.\"__EFMigrationsHistory\" WHERE \"MigrationId\" = '20261124232806_AbsenceReports'", connection);
            await delete.ExecuteNonQueryAsync();
        }
    }
}
