using GraphQL.Types;
using Verzuim.Accounts.Contracts;
using Verzuim.BuildingBlocks.Callers;

namespace Verzuim.Accounts.GraphQL;

internal sealed class SessionType : ObjectGraphType<SessionGrant>
{
    public SessionType()
    {
        Name = "Session";
        Description = "A login session. Send the token as `Authorization: Bearer <token>`; it is shown only here.";
        Field(s => s.Token).Description("The session token. Keep it secret; it is not stored in readable form.");
        Field<NonNullGraphType<SessionStateType>>("state").Resolve(context => context.Source.State);
        Field(s => s.ExpiresAt).Description("The latest moment the session ends; 30 minutes without use end it sooner.");
    }
}

internal sealed class SessionStateType : EnumerationGraphType<SessionState>
{
    public SessionStateType()
    {
        Name = "SessionState";
        Description = "How far the login has come. Only `FULL` sessions reach the portal's data.";
    }
}
