using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.Accounts.Login;

internal sealed record LoginPayload(SessionGrant? Session, int? RetryAfterSeconds, IReadOnlyList<UserError> Errors) : IPayload;
