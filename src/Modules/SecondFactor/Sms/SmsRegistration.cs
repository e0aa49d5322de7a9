using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Verzuim.BuildingBlocks.Configuration;

namespace Verzuim.SecondFactor.Sms;

internal static class SmsRegistration
{
    /// <summary>MessageBird over HTTP, without the retrying handlers: a repeated POST could send a second SMS.</summary>
    public static IServiceCollection AddSms(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SmsOptions>(configuration.GetSection(SmsOptions.Section));
        services.AddSingleton<IValidateOptions<SmsOptions>, OutboxOnlyInDevelopment>();
        services.AddHttpClient<MessageBirdSmsSender>((provider, http) =>
        {
            var messageBird = provider.GetRequiredService<IOptions<SmsOptions>>().Value.MessageBird;
            http.BaseAddress = new Uri(messageBird.BaseUrl.TrimEnd('/') + "/");
            http.Timeout = messageBird.Timeout;
        });
        services.AddSingleton<DevelopmentSmsOutbox>();
        services.AddScoped<ISmsSender>(provider => provider.GetRequiredService<IOptions<SmsOptions>>().Value.Delivery == SmsDelivery.DevelopmentOutbox
            ? provider.GetRequiredService<DevelopmentSmsOutbox>()
            : provider.GetRequiredService<MessageBirdSmsSender>());
        services.AddScoped<SmsCodes>();
        services.AddScoped<SmsEnrollment>();
        services.AddScoped<SmsLogin>();
        return services;
    }

    private sealed class OutboxOnlyInDevelopment(IHostEnvironment environment) : IValidateOptions<SmsOptions>
    {
        public ValidateOptionsResult Validate(string? name, SmsOptions options) => options.Delivery switch
        {
            SmsDelivery.DevelopmentOutbox when !environment.IsDevelopment() =>
                ValidateOptionsResult.Fail("Sms:Delivery=DevelopmentOutbox is only allowed in the Development environment."),
            SmsDelivery.MessageBird when string.IsNullOrWhiteSpace(options.MessageBird.AccessKey) =>
                ValidateOptionsResult.Fail("Sms:MessageBird:AccessKey is required to send SMS."),
            _ => ValidateOptionsResult.Success,
        };
    }
}
