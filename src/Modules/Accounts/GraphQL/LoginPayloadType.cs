using GraphQL.Types;
using Verzuim.Accounts.Login;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Accounts.GraphQL;

internal sealed class LoginPayloadType : PayloadType<LoginPayload>
{
    public LoginPayloadType() : base("LoginPayload", "The new session, or why there is none.")
    {
        Field<SessionType>("session").Resolve(context => context.Source.Session);
        Field<IntGraphType>("retryAfterSeconds")
            .Description("With `TOO_MANY_ATTEMPTS`: how long to wait before trying again.")
            .Resolve(context => context.Source.RetryAfterSeconds);
    }
}
