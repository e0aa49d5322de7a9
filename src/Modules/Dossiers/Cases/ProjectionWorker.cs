using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Verzuim.Absence.Contracts;
using Verzuim.BuildingBlocks.Background;

namespace Verzuim.Dossiers.Cases;

/// <summary>
/// Takes in absence changes as soon as the Absence module has positioned them, and every two seconds anyway, so
/// dossiers, notices and counts never wait for a reader and no reader does the projection's work.
/// </summary>
internal sealed class ProjectionWorker(IServiceScopeFactory scopes, WakeSignal<ProjectionWorker> signal, ILogger<ProjectionWorker> logger)
    : CatchUpWorker<ProjectionWorker>(scopes, signal, logger)
{
    protected override Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<DossierProjection>().CatchUpAsync(cancellationToken);
}

/// <summary>Wakes the projection when new absence changes can be read.</summary>
internal sealed class ProjectionWakeUp(WakeSignal<ProjectionWorker> signal) : IAbsenceChangeFollower
{
    public void ChangesArrived() => signal.Notify();
}
