using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Verzuim.BuildingBlocks.Persistence;

public static class PersistenceRegistration
{
    public const string ConnectionStringName = "Verzuim";

    /// <summary>One connection pool for the whole process; every module's DbContext draws from it.</summary>
    public static IServiceCollection AddVerzuimDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:{ConnectionStringName} is not configured.");
        }
        services.AddSingleton(_ => new NpgsqlDataSourceBuilder(connectionString).Build());
        return services;
    }

    /// <summary>
    /// A module's DbContext in its own schema, with its own migrations history table there (EF Core leaves that table
    /// in `public` unless told), so the modules' migrations never meet. The start-up migrator runs it.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((sp, options) => options.UseModuleSchema(sp.GetRequiredService<NpgsqlDataSource>(), schema));
        services.AddSingleton<IModuleMigration>(new ModuleMigration<TContext>(schema));
        return services;
    }

    public static DbContextOptionsBuilder UseModuleSchema(this DbContextOptionsBuilder options, NpgsqlDataSource dataSource, string schema) =>
        options.UseNpgsql(dataSource, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema));

    public static DbContextOptionsBuilder UseModuleSchema(this DbContextOptionsBuilder options, string connectionString, string schema) =>
        options.UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__EFMigrationsHistory", schema));
}
