using Microsoft.AspNetCore.HttpOverrides;
using Quartz;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Persistence;
using Verzuim.Host.Health;

namespace Verzuim.Host;

/// <summary>What every module relies on: the clock, PostgreSQL, e-mail, Quartz, health, throttling and logs.</summary>
internal static class Platform
{
    public static WebApplicationBuilder AddPlatform(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddSingleton(TimeProvider.System);
        services.AddVerzuimDatabase(builder.Configuration);
        services.AddVerzuimEmail(builder.Configuration);
        services.AddQuartz();
        services.AddQuartzHostedService(quartz => quartz.WaitForJobsToComplete = true);
        services.AddReadinessChecks();
        services.AddAddressRateLimits(builder.Configuration);
        // The Web app calls from a trusted address (loopback by default) and forwards its visitor's address.
        services.Configure<ForwardedHeadersOptions>(forwarded => forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor);
        if (!builder.Environment.IsDevelopment())
        {
            builder.Logging.ClearProviders().AddJsonConsole();
        }
        return builder;
    }

    /// <summary>Brings every module's schema up to date before the Host serves anything.</summary>
    public static async Task ApplyMigrationsAsync(this WebApplication app)
    {
        foreach (var migration in app.Services.GetServices<IModuleMigration>())
        {
            await migration.ApplyAsync(app.Services, app.Lifetime.ApplicationStopping);
        }
    }
}
