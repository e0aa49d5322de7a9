namespace Verzuim.Web.Api;

internal static class HostApiRegistration
{
    public static IServiceCollection AddHostApi(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<HostApiOptions>().Bind(configuration.GetSection(HostApiOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        // No automatic retries: a POST that timed out may have been carried out.
        services.AddHttpClient<GraphQLClient>((provider, http) =>
        {
            http.PointAtHost(provider);
            http.Timeout = TimeSpan.FromSeconds(20);
        });
        services.AddScoped<HostApi>();
        services.AddScoped<SecondFactorApi>();
        services.AddScoped<AbsenceApi>();
        services.AddScoped<DossiersApi>();
        // Files of up to 10 MB may take a while on a slow line; the GraphQL client's 20 s would cut them off.
        services.AddHttpClient<DossierFiles>((provider, http) =>
        {
            http.PointAtHost(provider);
            http.Timeout = TimeSpan.FromMinutes(2);
        });
        services.AddScoped<CurrentViewer>();
        return services;
    }
}

/// <summary>The logged-in visitor, read once per request from the Host's `me`.</summary>
internal sealed class CurrentViewer(HostApi api, IHttpContextAccessor accessor)
{
    private Task<Viewer?>? viewer;

    /// <summary>Null until the login is complete: a password-only session may not read the portal's data.</summary>
    public Task<Viewer?> GetAsync(CancellationToken cancellationToken) =>
        viewer ??= PortalClaims.IsFullSession(accessor.HttpContext?.User) ? api.MeAsync(cancellationToken) : Task.FromResult<Viewer?>(null);
}
