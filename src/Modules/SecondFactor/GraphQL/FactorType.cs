using GraphQL.Types;
using Verzuim.SecondFactor.Domain;

namespace Verzuim.SecondFactor.GraphQL;

internal sealed class FactorType : ObjectGraphType<Factor>
{
    public FactorType()
    {
        Name = "SecondFactor";
        Description = "One of the caller's own second factors.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(context => context.Source.Id);
        Field<NonNullGraphType<SecondFactorMethodType>>("method").Resolve(context => context.Source.Method);
        Field(f => f.Name).Description("A name the user chose, such as \"Telefoon\" or \"Sleutel op de sleutelbos\".");
        Field(f => f.CreatedAt);
        Field(f => f.LastUsedAt, nullable: true);
        Field("phoneNumber", f => f.PhoneNumber == null ? null : Sms.MobileNumber.Masked(f.PhoneNumber), nullable: true)
            .Description("SMS: the number, masked.");
    }
}

internal sealed record MySecondFactors(
    IReadOnlyList<Factor> Factors, int RecoveryCodesLeft, EmployerPolicy Policy, string? PhoneNumberOnRecord, DateTimeOffset? ChangesAllowedUntil,
    DateTimeOffset? SecondStepLockedUntil);

internal sealed class MySecondFactorsType : ObjectGraphType<MySecondFactors>
{
    public MySecondFactorsType()
    {
        Name = "MySecondFactors";
        Description = "The caller's second factors, and what their employer allows.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<FactorType>>>>("factors")
            .Description("Confirmed factors, oldest first.")
            .Resolve(context => context.Source.Factors);
        Field(f => f.RecoveryCodesLeft).Description("Unused recovery codes.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SecondFactorMethodType>>>>("allowedMethods")
            .Description("The methods the employer allows, strongest first.")
            .Resolve(context => context.Source.Policy.AllowedMethods);
        Field(f => f.PhoneNumberOnRecord, nullable: true)
            .Description("The mobile number the employer has on record, to suggest for SMS; masked until the second factor is passed.");
        Field(f => f.ChangesAllowedUntil, nullable: true)
            .Description("Until when this session may add, rename or remove factors: 10 minutes after the login check. Later, log in again.");
        Field(f => f.SecondStepLockedUntil, nullable: true)
            .Description("Set while too many wrong answers lock the account's second step: until when. HR can end it by resetting the second factor.");
    }
}
