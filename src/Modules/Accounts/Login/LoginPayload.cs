using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Sessions;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.Login;

internal sealed record LoginPayload(SessionGrant? Session, int? RetryAfterSeconds, IReadOnlyList<UserError> Errors) : IPayload;
