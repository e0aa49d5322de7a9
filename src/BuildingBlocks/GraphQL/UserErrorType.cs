using GraphQL.Types;
using Verzuim.BuildingBlocks.Errors;

namespace Verzuim.BuildingBlocks.GraphQL;

public sealed class UserErrorType : ObjectGraphType<UserError>
{
    public UserErrorType()
    {
        Name = "UserError";
        Description = "An expected failure of a mutation. `code` is stable and meant for programs; `message` is for people.";
        Field(e => e.Code).Description("A stable, upper-case code such as `NOT_FOUND` or `PASSWORD_TOO_SHORT`.");
        Field(e => e.Message).Description("A readable explanation in English. User interfaces translate the code.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("field")
            .Description("The path to the input field this error is about, e.g. `[\"input\", \"employees\", \"3\", \"email\"]`.")
            .Resolve(context => context.Source.Field);
    }
}
