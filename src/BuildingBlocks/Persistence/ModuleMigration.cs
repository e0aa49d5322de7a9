using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Verzuim.BuildingBlocks.Persistence;

/// <summary>Applies one module's migrations. The Host runs them all at start, before it serves requests.</summary>
public interface IModuleMigration
{
    string Schema { get; }

    Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken);
}

internal sealed class ModuleMigration<TContext>(string schema) : IModuleMigration where TContext : DbContext
{
    public string Schema => schema;

    public async Task ApplyAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TContext>().Database.MigrateAsync(cancellationToken);
    }
}
