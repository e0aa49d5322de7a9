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

    /// <summary>
    /// Waits until the Accounts outbox has handed every mail to the SMTP server. The outbox marks a mail sent (and
    /// erases its body) only after the server took it, so after this the test SMTP server holds every mail there is.
    /// </summary>
    public static async Task WaitForOutboxAsync(string connectionString)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((long)(await QueryAsync(connectionString, "SELECT count(*) FROM accounts.outbox_emails WHERE sent_at IS NULL"))[0][0]! > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The Accounts outbox still holds unsent mail after 30 s.");
            }
            await Task.Delay(50);
        }
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
