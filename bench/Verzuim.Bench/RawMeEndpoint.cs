using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Bench;

/// <summary>
/// The baseline: GET /raw/me authenticates the bearer token through the same ICallerAuthenticator (the session read)
/// and reads the employee with one hand-written query, then writes the same JSON the GraphQL query returns.
/// </summary>
internal sealed class RawMeEndpoint : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Map("/raw/me", branch => branch.Run(HandleAsync));
        next(app);
    };

    private static async Task HandleAsync(HttpContext http)
    {
        var token = http.Request.Headers.Authorization.ToString()["Bearer ".Length..];
        var caller = await http.RequestServices.GetRequiredService<ICallerAuthenticator>().AuthenticateAsync(token, http.RequestAborted);
        if (caller is not EmployeeCaller employee)
        {
            http.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        await using var command = http.RequestServices.GetRequiredService<NpgsqlDataSource>().CreateCommand(
            "SELECT id, first_name, last_name_prefix, last_name, email FROM accounts.employees WHERE id = $1");
        command.Parameters.AddWithValue(employee.EmployeeId);
        await using var reader = await command.ExecuteReaderAsync(http.RequestAborted);
        await reader.ReadAsync(http.RequestAborted);
        var name = string.Join(' ', new[] { reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetString(3) }.Where(part => part is not null));
        http.Response.ContentType = "application/json";
        await JsonSerializer.SerializeAsync(http.Response.Body,
            new { data = new { me = new { id = reader.GetGuid(0), displayName = name, email = reader.GetString(4) } } }, cancellationToken: http.RequestAborted);
    }
}
