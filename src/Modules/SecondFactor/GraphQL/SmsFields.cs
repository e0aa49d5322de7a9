using GraphQL;
using GraphQL.Types;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;
using Verzuim.SecondFactor.Factors;
using Verzuim.SecondFactor.Sms;

namespace Verzuim.SecondFactor.GraphQL;

/// <summary>Schema area: SMS as a second factor.</summary>
internal sealed class SmsFields : IGraphQLContribution
{
    private static readonly Access People = Access.AnySignedIn.AllowingPendingSessions();

    public void AddQueryFields(ObjectGraphType query)
    {
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<SmsSentPayloadType>>("beginSmsEnrollment")
            .Description("Step 1 of adding SMS: a code is sent to the mobile number. SMS is the least safe method; offer it last.")
            .Argument<NonNullGraphType<BeginSmsEnrollmentInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<SmsEnrollment>().BeginAsync(
                context.Caller<SessionCaller>(), context.GetArgument<BeginSmsEnrollmentInput>("input").PhoneNumber, context.CancellationToken));

        mutation.Field<NonNullGraphType<EnrollmentPayloadType>>("confirmSmsEnrollment")
            .Description("Step 2: the code from the SMS confirms the number.")
            .Argument<NonNullGraphType<ConfirmSmsEnrollmentInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context =>
            {
                var input = context.GetArgument<ConfirmSmsEnrollmentInput>("input");
                return await context.Service<SmsEnrollment>().ConfirmAsync(context.Caller<SessionCaller>(), input.FactorId, input.Code, context.CancellationToken);
            });

        mutation.Field<NonNullGraphType<SmsSentPayloadType>>("sendSmsCode")
            .Description("At login: send a code by SMS. A new code retires the previous one; at most 3 per 10 minutes.")
            .Argument<SendSmsCodeInputType>("input")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<SmsLogin>().SendAsync(
                context.Caller<SessionCaller>(), context.GetArgument<SendSmsCodeInput?>("input")?.FactorId, context.CancellationToken));

        mutation.Field<NonNullGraphType<VerificationPayloadType>>("verifySmsCode")
            .Description("At login: the code from the SMS. It works once, for 5 minutes, for this login only.")
            .Argument<NonNullGraphType<CodeInputType>>("input")
            .Allow(People)
            .ResolveAsync(async context => await context.Service<SmsLogin>().VerifyAsync(
                context.Caller<SessionCaller>(), context.GetArgument<CodeInput>("input").Code, context.CancellationToken));
    }
}

internal sealed class BeginSmsEnrollmentInputType : InputObjectGraphType<BeginSmsEnrollmentInput>
{
    public BeginSmsEnrollmentInputType()
    {
        Name = "BeginSmsEnrollmentInput";
        Field(i => i.PhoneNumber).Description("A mobile number, such as 06-12345678 or +31612345678. Landlines are refused.");
    }
}

internal sealed class ConfirmSmsEnrollmentInputType : InputObjectGraphType<ConfirmSmsEnrollmentInput>
{
    public ConfirmSmsEnrollmentInputType()
    {
        Name = "ConfirmSmsEnrollmentInput";
        Field<NonNullGraphType<IdGraphType>>("factorId").Description("From `beginSmsEnrollment`.");
        Field(i => i.Code);
    }
}

internal sealed class SendSmsCodeInputType : InputObjectGraphType<SendSmsCodeInput>
{
    public SendSmsCodeInputType()
    {
        Name = "SendSmsCodeInput";
        Field<IdGraphType>("factorId").Description("Which number, when there are several; the latest used otherwise.");
    }
}

internal sealed class SmsSentPayloadType : PayloadType<SmsSentPayload>
{
    public SmsSentPayloadType() : base("SmsSentPayload", "Where the code went, or why it did not (`SMS_UNAVAILABLE`: offer the other methods).")
    {
        Field<IdGraphType>("factorId").Resolve(context => context.Source.FactorId);
        Field(p => p.SentTo, nullable: true).Description("The number, masked, such as \"+31 6 •••• 5678\".");
    }
}
