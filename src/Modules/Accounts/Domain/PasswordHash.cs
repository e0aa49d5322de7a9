namespace Verzuim.Accounts.Domain;

/// <summary>A stored password hash: <c>pbkdf2-sha512$iterations$salt$hash</c>, so its parameters can be raised later.</summary>
internal readonly record struct PasswordHash(string Value);
