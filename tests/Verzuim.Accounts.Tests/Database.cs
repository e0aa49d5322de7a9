using Npgsql;

namespace Verzuim.Accounts.Tests;

/// <summary>Direct reads of the stored rows, for promises about what the database holds (hashes, never tokens).</summary>
internal static class Database
{
    public static async Task<List<object?[]>> QueryAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object?[]>();
        while (await reader.ReadAsync())
        {
            var row = new object?[reader.FieldCount];
            for (var i = 0; i < row.Length; i++)
            {
                row[i] = reader.IsDBNull(i) ? null : reader.GetValue(i);
            }
            rows.Add(row);
        }
        return rows;
    }

    public static async Task<int> ExecuteAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.AddWithValue(parameter);
        }
        return await command.ExecuteNonQueryAsync();
    }

    /// <summary>Every text and byte value in the Accounts schema, as text: to search for a secret that must not be stored.</summary>
    public static async Task<string> DumpAccountsSchemaAsync(string connectionString)
    {
        var tables = await QueryAsync(connectionString,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'accounts' AND table_type = 'BASE TABLE'");
        var dump = new System.Text.StringBuilder();
        foreach (var table in tables.Select(row => (string)row[0]!))
        {
            foreach (var row in await QueryAsync(connectionString, $"SELECT * FROM accounts.\"{table}\""))
            {
                dump.AppendJoin('|', row.Select(value => value is byte[] bytes ? Convert.ToBase64String(bytes) : value?.ToString())).AppendLine();
            }
        }
        return dump.ToString();
    }
}
