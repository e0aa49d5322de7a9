using System.Security.Cryptography;
using System.Text.Json;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.BuildingBlocks.Idempotency;

/// <summary>
/// The rules every module applies to a mutation's `idempotencyKey`: optional, never empty, at most 100 characters,
/// and bound to one request by a fingerprint, so the same key with a different request is refused.
/// </summary>
public static class IdempotencyKey
{
    public const int MaxLength = 100;
    public const string ReusedCode = "IDEMPOTENCY_KEY_REUSED";

    public const string Description =
        "Optional, at most 100 characters: the same key sent again returns what the first request created; with a different request, `IDEMPOTENCY_KEY_REUSED`.";

    public static UserError? Check(string? key) => key switch
    {
        null => null,
        { Length: 0 } => UserError.For(ErrorCodes.Required, "An idempotency key cannot be empty; leave it out instead.", "input", "idempotencyKey"),
        { Length: > MaxLength } => UserError.For(ErrorCodes.TooLong, $"An idempotency key has at most {MaxLength} characters.", "input", "idempotencyKey"),
        _ => null,
    };

    public static byte[] Fingerprint(string operation, object request) =>
        SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { operation, request }));

    public static UserError Reused() =>
        UserError.For(ReusedCode, "This idempotency key was used for a different request. Use a new key for a new request.", "input", "idempotencyKey");
}
