using GraphQL.Types;
using Microsoft.EntityFrameworkCore;
using Verzuim.Accounts.Contracts;
using Verzuim.Accounts.Data;
using Verzuim.Accounts.Emails;
using Verzuim.Accounts.Employers;
using Verzuim.Accounts.Login;
using Verzuim.Accounts.Passwords;
using Verzuim.Accounts.Sessions;
using Verzuim.Accounts.Shared;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.Email;
using Verzuim.BuildingBlocks.Errors;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.Accounts.Domain;

namespace Verzuim.Accounts.GraphQL;

internal sealed class ChangePasswordInputType : InputObjectGraphType<ChangePasswordInput>
{
    public ChangePasswordInputType()
    {
        Name = "ChangePasswordInput";
        Field(i => i.CurrentPassword);
        Field(i => i.NewPassword).Description("See `passwordPolicy` for the rules.");
    }
}

internal sealed class ChangePasswordPayloadType : PayloadType<ChangePasswordPayload>
{
    public ChangePasswordPayloadType() : base("ChangePasswordPayload",
        "The session to continue with: the old token and every other session have ended.")
    {
        Field<SessionType>("session").Resolve(context => context.Source.Session);
    }
}
