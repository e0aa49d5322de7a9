using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Verzuim.BuildingBlocks.Configuration;

namespace Verzuim.BuildingBlocks.Email;

public static class EmailRegistration
{
    /// <summary>The transport chosen by configuration and the dispatcher that empties every module's outbox.</summary>
    public static IServiceCollection AddVerzuimEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<EmailOptions>(configuration.GetSection(EmailOptions.Section));
        services.AddSingleton<IValidateOptions<EmailOptions>, DevelopmentOutboxOnlyInDevelopment>();
        services.AddSingleton<OutboxSignal>();
        services.AddMetrics();
        services.AddSingleton<OutboxMetrics>();
        services.AddSingleton(sp => new ParkedMail(sp.GetServices<IOutboxStore>()));
        services.AddSingleton<SmtpEmailTransport>();
        services.AddSingleton<DevelopmentOutboxTransport>();
        services.AddSingleton<IEmailTransport>(sp => sp.GetRequiredService<IOptions<EmailOptions>>().Value.Delivery switch
        {
            EmailDelivery.DevelopmentOutbox => sp.GetRequiredService<DevelopmentOutboxTransport>(),
            _ => sp.GetRequiredService<SmtpEmailTransport>(),
        });
        services.AddHostedService<EmailOutboxDispatcher>();
        return services;
    }

    /// <summary>Gives a module an outbox table of its own, emptied by the shared dispatcher.</summary>
    public static IServiceCollection AddEmailOutbox<TContext>(this IServiceCollection services) where TContext : DbContext
    {
        services.AddScoped<EmailOutbox<TContext>>();
        services.AddSingleton<IOutboxStore, OutboxStore<TContext>>();
        return services;
    }

    private sealed class DevelopmentOutboxOnlyInDevelopment(IHostEnvironment environment) : IValidateOptions<EmailOptions>
    {
        public ValidateOptionsResult Validate(string? name, EmailOptions options) =>
            options.Delivery == EmailDelivery.DevelopmentOutbox && !environment.IsDevelopment()
                ? ValidateOptionsResult.Fail("Email:Delivery=DevelopmentOutbox is only allowed in the Development environment.")
                : ValidateOptionsResult.Success;
    }
}
