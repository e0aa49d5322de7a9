using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.Contracts;

/// <summary>A session token, shown once: at login, and again when the second factor makes the session full.</summary>
public sealed record SessionGrant(string Token, SessionState State, DateTimeOffset ExpiresAt);
