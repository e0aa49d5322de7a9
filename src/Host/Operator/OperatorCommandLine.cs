using Verzuim.Accounts.Operations;

namespace Verzuim.Host.Operator;

/// <summary>
/// The operator's commands, run with the Host's own configuration and database:
///   create-employer --name "…" --hr-name "…" --hr-email "…"
///   seed-demo          (Development only: the demo employer, HR user and invited employee)
/// </summary>
internal static class OperatorCommandLine
{
    public static bool Matches(string[] args) => args is ["create-employer", ..] or ["seed-demo", ..];

    public static async Task<int> RunAsync(WebApplication app, string[] args)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var accounts = scope.ServiceProvider.GetRequiredService<IAccountsOperator>();
        return args[0] switch
        {
            "seed-demo" => await SeedDemoAsync(app, accounts),
            _ => await CreateEmployerAsync(accounts, args),
        };
    }

    private static async Task<int> CreateEmployerAsync(IAccountsOperator accounts, string[] args)
    {
        string? Option(string name) => args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault();
        if (Option("--name") is not { } name || Option("--hr-name") is not { } hrName || Option("--hr-email") is not { } hrEmail)
        {
            await Console.Error.WriteLineAsync("usage: create-employer --name \"Employer BV\" --hr-name \"Name\" --hr-email hr@example.nl");
            return 2;
        }
        var result = await accounts.CreateEmployerAsync(name, hrName, hrEmail, CancellationToken.None);
        await (result.Succeeded ? Console.Out : Console.Error).WriteLineAsync(result.Message);
        return result.Succeeded ? 0 : 1;
    }

    private static async Task<int> SeedDemoAsync(WebApplication app, IAccountsOperator accounts)
    {
        if (!app.Environment.IsDevelopment())
        {
            await Console.Error.WriteLineAsync("seed-demo runs only in the Development environment.");
            return 2;
        }
        var demo = await accounts.SeedDemoAsync(CancellationToken.None);
        Console.WriteLine($"Demo employer:       {demo.EmployerName}");
        Console.WriteLine($"HR login (API):      {demo.HrEmail} / {demo.HrPassword}");
        Console.WriteLine($"Invited employee:    {demo.EmployeeEmail}, born 14-03-1990");
        Console.WriteLine(demo.InvitationLink is { } link
            ? $"Invitation link:     {link}"
            : "Invitation link:     (the demo employee has registered; log in with their e-mail address)");
        return 0;
    }
}
