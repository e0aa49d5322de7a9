using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Paging;

namespace Verzuim.Accounts.Domain;

/// <summary>Someone at the employer (HR or a case manager) who works with the API on the employer's behalf.</summary>
internal sealed class EmployerUser : IPageable, IEmployerOwned
{
    /// <summary>The type named in its public (global) id.</summary>
    public const string TypeName = "EmployerUser";

    private EmployerUser() { }

    public Guid Id { get; private set; }
    public Guid EmployerId { get; private set; }
    public string Name { get; private set; } = "";
    public string Email { get; private set; } = "";
    public string EmailNormalized { get; private set; } = "";
    public EmployerRole Role { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset? DeactivatedAt { get; private set; }

    public const int MaxNameLength = 200;

    public bool IsActive => DeactivatedAt is null;

    public static EmployerUser Create(Guid employerId, string name, string email, EmployerRole role, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        EmployerId = employerId,
        Name = name.Trim(),
        Email = email.Trim(),
        EmailNormalized = EmailAddress.Normalize(email),
        Role = role,
        CreatedAt = now,
    };

    public void Deactivate(DateTimeOffset now) => DeactivatedAt ??= now;
}
