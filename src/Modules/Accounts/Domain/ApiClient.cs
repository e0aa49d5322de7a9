using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.Domain;

/// <summary>
/// A machine client of one employer (a payroll system). Its key is shown once at creation and kept only as a hash;
/// the prefix lets people tell keys apart without revealing them.
/// </summary>
internal sealed class ApiClient : IPageable, IEmployerOwned
{
    /// <summary>The type named in its public (global) id.</summary>
    public const string TypeName = "ApiClient";

    private ApiClient() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public string Name { get; private set; } = "";
    public string KeyPrefix { get; private set; } = "";
    public byte[] KeyHash { get; private set; } = [];
    public string[] ScopeNames { get; private set; } = [];
    public Guid CreatedBy { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? RevokedAt { get; private set; }

    public const int MaxNameLength = 100;
    public const int VisiblePrefixLength = 12;

    public static ApiClient Create(Guid employerId, string name, IEnumerable<ApiScope> scopes, string key, byte[] keyHash, Guid createdBy, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EmployerId = employerId,
        Name = name.Trim(),
        KeyPrefix = key[..VisiblePrefixLength],
        KeyHash = keyHash,
        ScopeNames = [.. scopes.Distinct().Order().Select(scope => scope.ToString())],
        CreatedBy = createdBy,
        CreatedAt = now,
    };

    public IReadOnlySet<ApiScope> Scopes => ScopeNames.Select(Enum.Parse<ApiScope>).ToHashSet();

    public void Revoke(DateTimeOffset now) => RevokedAt ??= now;
}
