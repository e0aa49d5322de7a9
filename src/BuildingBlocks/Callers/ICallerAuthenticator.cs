namespace Verzuim.BuildingBlocks.Callers;

/// <summary>Turns a bearer token (a session token or an API key) into a caller, or null when it is not valid.</summary>
public interface ICallerAuthenticator
{
    Task<Caller?> AuthenticateAsync(string bearerToken, CancellationToken cancellationToken);
}
