using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.BuildingBlocks.GraphQL;

/// <summary>
/// Who may select a root field. Every root field declares one; the Host rejects a document that selects a field the
/// caller may not use before anything runs. The use cases still scope every read by the caller.
/// </summary>
public sealed record Access
{
    internal const string MetadataKey = "verzuim:access";

    public bool Anonymous { get; private init; }
    public bool Employees { get; private init; }
    public IReadOnlySet<EmployerRole> EmployerRoles { get; private init; } = new HashSet<EmployerRole>();
    public ApiScope? ApiScope { get; private init; }
    public bool AnyApiClient { get; private init; }

    /// <summary>Sessions that still owe their second factor may use this field (the second-factor steps only).</summary>
    public bool AllowsPendingSessions { get; private init; }

    /// <summary>Anyone, with or without a token: for fields that tell nothing about the caller (logging in, the password rules).</summary>
    public static Access Public { get; } = new() { Anonymous = true, AllowsPendingSessions = true };

    /// <summary>
    /// Anyone without a token, and every fully authenticated caller, but not a session that has only passed the
    /// password: for fields about the caller, which such a session may not read (SECURITY, "Second factor").
    /// </summary>
    public static Access PublicButNotPending { get; } = new() { Anonymous = true };

    public static Access Employee { get; } = new() { Employees = true };

    public static Access EmployerUsers(params EmployerRole[] roles) =>
        new() { EmployerRoles = new HashSet<EmployerRole>(roles.Length == 0 ? Enum.GetValues<EmployerRole>() : roles) };

    public static Access AnySignedIn { get; } = new() { Employees = true, EmployerRoles = new HashSet<EmployerRole>(Enum.GetValues<EmployerRole>()) };

    public Access OrEmployees() => this with { Employees = true };

    public Access OrApiClientsWith(ApiScope scope) => this with { ApiScope = scope };

    public Access OrAnyApiClient() => this with { AnyApiClient = true };

    public Access AllowingPendingSessions() => this with { AllowsPendingSessions = true };

    public bool Admits(Caller caller) => caller switch
    {
        AnonymousCaller => Anonymous,
        SessionCaller { IsFullyAuthenticated: false } when !AllowsPendingSessions => false,
        EmployeeCaller => Employees || Anonymous,
        EmployerUserCaller user => EmployerRoles.Contains(user.Role) || Anonymous,
        ApiClientCaller client => AnyApiClient || (ApiScope is { } scope && client.Scopes.Contains(scope)) || Anonymous,
        _ => false,
    };
}

public static class AccessExtensions
{
    public static Access? GetAccess(this IProvideMetadata field) => field.GetMetadata<Access?>(Access.MetadataKey);
}
