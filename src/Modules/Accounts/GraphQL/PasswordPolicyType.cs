using GraphQL.Types;
using Verzuim.Accounts.Passwords;

namespace Verzuim.Accounts.GraphQL;

internal sealed class PasswordPolicyType : ObjectGraphType<PasswordPolicyInfo>
{
    public PasswordPolicyType()
    {
        Name = "PasswordPolicy";
        Description = "What a new password must be, to show before it is typed. Any characters count; no composition rules.";
        Field(p => p.MinLength).Description("Fewest characters (Unicode code points).");
        Field(p => p.MaxLength).Description("Most characters (Unicode code points).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("rules")
            .Description("The error codes a password can be refused with, one per rule.")
            .Resolve(context => context.Source.Rules);
    }
}
