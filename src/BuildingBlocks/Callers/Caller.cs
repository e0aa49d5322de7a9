namespace Verzuim.BuildingBlocks.Callers;

/// <summary>Who is calling the API. Every use case scopes its reads and writes by this value.</summary>
public abstract record Caller
{
    /// <summary>The employer whose data this caller may touch; null only for anonymous callers.</summary>
    public abstract Guid? EmployerId { get; }
}

public sealed record AnonymousCaller : Caller
{
    public static readonly AnonymousCaller Instance = new();

    public override Guid? EmployerId => null;
}

/// <summary>A caller that logged in with a password: an employee or an employer user.</summary>
public abstract record SessionCaller(Guid AccountId, Guid SessionId, SessionState SessionState) : Caller
{
    public bool IsFullyAuthenticated => SessionState == SessionState.Full;
}

public sealed record EmployeeCaller(Guid Employer, Guid EmployeeId, Guid AccountId, Guid SessionId, SessionState SessionState)
    : SessionCaller(AccountId, SessionId, SessionState)
{
    public override Guid? EmployerId => Employer;
}

public sealed record EmployerUserCaller(Guid Employer, Guid EmployerUserId, EmployerRole Role, Guid AccountId, Guid SessionId, SessionState SessionState)
    : SessionCaller(AccountId, SessionId, SessionState)
{
    public override Guid? EmployerId => Employer;
}

/// <summary>A machine client of one employer, such as a payroll system, limited to its scopes.</summary>
public sealed record ApiClientCaller(Guid Employer, Guid ApiClientId, IReadOnlySet<ApiScope> Scopes) : Caller
{
    public override Guid? EmployerId => Employer;
}
