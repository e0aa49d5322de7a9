using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.Persistence;

namespace Verzuim.BuildingBlocks.Idempotency;

/// <summary>
/// A request made with an idempotency key and what it created, kept in the module's own schema and written in the
/// same transaction as what it created: the same caller sending the same key again gets the original back.
/// </summary>
public sealed class IdempotentRequest
{
    private IdempotentRequest() { }

    public Guid CallerId { get; private set; }
    public string Key { get; private set; } = "";
    public string Operation { get; private set; } = "";
    public byte[] RequestHash { get; private set; } = [];
    public Guid[] ResultIds { get; private set; } = [];
    public DateTimeOffset CreatedAt { get; private set; }

    internal static IdempotentRequest For(Guid callerId, string key, string operation, byte[] requestHash, Guid[] resultIds, DateTimeOffset now) => new()
    {
        CallerId = callerId,
        Key = key,
        Operation = operation,
        RequestHash = requestHash,
        ResultIds = resultIds,
        CreatedAt = now,
    };
}

/// <summary>What a key found: nothing yet (<see cref="IsNew"/>), the ids the first request created, or a key reused for something else.</summary>
public sealed record Replay(IReadOnlyList<Guid>? ResultIds, UserError? Error)
{
    public static readonly Replay New = new(null, null);

    public bool IsNew => ResultIds is null && Error is null;
}

/// <summary>
/// Makes a creating mutation safe to send twice: a network retry or a double click with the same key returns what the
/// first request created instead of creating it again. Use inside <see cref="BeginOneAtATimeAsync"/>, so that of two
/// concurrent copies the second finds the first.
/// </summary>
public sealed class IdempotentRequests<TContext>(TContext db, TimeProvider clock) where TContext : DbContext
{
    /// <summary>Who a key belongs to: the account of a person, or the API client.</summary>
    public static Guid CallerIdOf(Caller caller) => caller switch
    {
        SessionCaller session => session.AccountId,
        ApiClientCaller client => client.ApiClientId,
        _ => throw new InvalidOperationException("Only signed-in callers and API clients send idempotency keys."),
    };

    /// <summary>A transaction in which one caller's keyed requests are handled one at a time.</summary>
    public async Task<IDbContextTransaction> BeginOneAtATimeAsync(Caller caller, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockUntilCommitAsync($"idempotency:{CallerIdOf(caller):N}", cancellationToken);
        return transaction;
    }

    public async Task<Replay> FindAsync(Caller caller, string? key, string operation, byte[] fingerprint, CancellationToken cancellationToken)
    {
        if (key is null)
        {
            return Replay.New;
        }
        var callerId = CallerIdOf(caller);
        var request = await db.Set<IdempotentRequest>().AsNoTracking().SingleOrDefaultAsync(r => r.CallerId == callerId && r.Key == key, cancellationToken);
        if (request is null)
        {
            return Replay.New;
        }
        return request.Operation == operation && request.RequestHash.AsSpan().SequenceEqual(fingerprint)
            ? new Replay(request.ResultIds, null)
            : new Replay(null, IdempotencyKey.Reused());
    }

    public void Remember(Caller caller, string? key, string operation, byte[] fingerprint, params Guid[] resultIds)
    {
        if (key is not null)
        {
            db.Set<IdempotentRequest>().Add(IdempotentRequest.For(CallerIdOf(caller), key, operation, fingerprint, resultIds, clock.GetUtcNow()));
        }
    }
}

public static class IdempotentRequestModel
{
    /// <summary>Adds the table of keyed requests to a module's model, in the module's own schema.</summary>
    public static ModelBuilder AddIdempotentRequests(this ModelBuilder modelBuilder) =>
        modelBuilder.Entity<IdempotentRequest>(request =>
        {
            request.ToTable("idempotent_requests");
            request.HasKey(r => new { r.CallerId, r.Key });
            request.Property(r => r.Key).HasMaxLength(IdempotencyKey.MaxLength);
            request.Property(r => r.Operation).HasMaxLength(64);
        });
}

public static class IdempotentRequestRegistration
{
    public static IServiceCollection AddIdempotentRequests<TContext>(this IServiceCollection services) where TContext : DbContext =>
        services.AddScoped<IdempotentRequests<TContext>>();
}
