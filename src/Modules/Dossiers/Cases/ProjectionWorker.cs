using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Verzuim.Dossiers.Cases;

/// <summary>Takes in absence changes while nobody reads dossiers, so notices and counts never wait for a reader.</summary>
internal sealed class ProjectionWorker(IServiceScopeFactory scopes, ILogger<ProjectionWorker> logger)
    : PeriodicWork(scopes, logger, TimeSpan.FromSeconds(2))
{
    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DossierProjection>().CatchUpAsync(cancellationToken);
}
