using System.Diagnostics;
using Npgsql;

namespace Verzuim.Testing;

/// <summary>
/// The test PostgreSQL cluster: the one scripts/test started (VERZUIM_TEST_POSTGRES), or, when a test runs on its own
/// from an IDE, a private cluster under .data/ started by the same script. Each fixture gets a database of its own.
/// </summary>
public static class TestPostgres
{
    private const int DefaultPort = 55433;
    private static readonly Lazy<string> Server = new(EnsureServer, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string ServerConnectionString => Server.Value;

    public static async Task<string> CreateDatabaseAsync(string prefix)
    {
        var name = $"{prefix}_{Guid.NewGuid():N}"[..Math.Min(60, prefix.Length + 33)];
        await using var connection = new NpgsqlConnection(ServerConnectionString + ";Database=postgres");
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return $"{ServerConnectionString};Database={name};Include Error Detail=false";
    }

    public static async Task DropDatabaseAsync(string connectionString)
    {
        var name = new NpgsqlConnectionStringBuilder(connectionString).Database;
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(ServerConnectionString + ";Database=postgres");
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    private static string EnsureServer()
    {
        if (Environment.GetEnvironmentVariable("VERZUIM_TEST_POSTGRES") is { Length: > 0 } configured)
        {
            return configured;
        }
        var script = $"source scripts/lib/setup.sh && source scripts/lib/postgres.sh && start_postgres \"$PWD/.data/test-postgres\" {DefaultPort} fast";
        using var process = Process.Start(new ProcessStartInfo("bash", ["-c", script]) { WorkingDirectory = RepositoryRoot.Path })!;
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException("Could not start the test PostgreSQL cluster; run scripts/test once to set up the machine.");
        }
        return $"Host=127.0.0.1;Port={DefaultPort};Username=postgres";
    }
}
