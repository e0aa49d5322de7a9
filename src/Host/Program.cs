using Verzuim.Host;
using Verzuim.Host.Operator;

var builder = WebApplication.CreateBuilder(args);
builder.AddVerzuimApi();

var app = builder.Build();
await app.ApplyMigrationsAsync();
if (OperatorCommandLine.Matches(args))
{
    return await OperatorCommandLine.RunAsync(app, args);
}

app.UseVerzuimApi();
await app.RunAsync();
return 0;
