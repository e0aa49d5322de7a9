using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Verzuim.BuildingBlocks.Configuration;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to its configuration section and checks its data annotations when the host
    /// starts, so a wrong setting stops the start with its name instead of surfacing on some later request. The
    /// checked value is also registered as <typeparamref name="T"/> itself, for classes that take it directly.
    /// </summary>
    public static IServiceCollection AddValidatedOptions<T>(this IServiceCollection services, IConfiguration section)
        where T : class
    {
        services.AddOptions<T>().Bind(section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => provider.GetRequiredService<IOptions<T>>().Value);
        return services;
    }
}
