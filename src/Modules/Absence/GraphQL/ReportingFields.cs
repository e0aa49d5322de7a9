using GraphQL;
using GraphQL.Types;
using Verzuim.Absence.Reporting;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

/// <summary>Schema area: reporting sick and recovered, and the employer's changes to an absence.</summary>
internal sealed class ReportingFields : IGraphQLContribution
{
    private static readonly Access Reporters = Access.EmployerUsers().OrEmployees().OrApiClientsWith(ApiScope.AbsencesWrite);
    private static readonly Access EmployerSide = Access.EmployerUsers().OrApiClientsWith(ApiScope.AbsencesWrite);

    public void AddQueryFields(ObjectGraphType query)
    {
    }

    public void AddMutationFields(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AbsencePayloadType>>("reportSick")
            .Description("Report an employee sick (ziek melden). Employees report themselves, for 100%; employer users and API clients name the employee.")
            .Argument<NonNullGraphType<ReportSickInputType>>("input")
            .Allow(Reporters)
            .ResolveAsync(async context => await context.Service<ReportSick>().HandleAsync(
                context.Caller(), context.GetArgument<ReportSickInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<AbsencePayloadType>>("reportRecovered")
            .Description("Report recovery (hersteld melden): fully, which closes the absence, or partly, where allowed.")
            .Argument<NonNullGraphType<ReportRecoveredInputType>>("input")
            .Allow(Reporters)
            .ResolveAsync(async context => await context.Service<ReportRecovered>().HandleAsync(
                context.Caller(), context.GetArgument<ReportRecoveredInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<AbsencePayloadType>>("changeAbsencePercentage")
            .Description("Change the absence percentage from a date.")
            .Argument<NonNullGraphType<ChangeAbsencePercentageInputType>>("input")
            .Allow(EmployerSide)
            .ResolveAsync(async context => await context.Service<ChangeAbsencePercentage>().HandleAsync(
                context.Caller(), context.GetArgument<ChangeAbsencePercentageInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<AbsencePayloadType>>("correctAbsence")
            .Description("Correct the dates of an employee's most recent absence.")
            .Argument<NonNullGraphType<CorrectAbsenceInputType>>("input")
            .Allow(EmployerSide)
            .ResolveAsync(async context => await context.Service<CorrectAbsence>().HandleAsync(
                context.Caller(), context.GetArgument<CorrectAbsenceInput>("input"), context.CancellationToken));

        mutation.Field<NonNullGraphType<AbsencePayloadType>>("withdrawAbsence")
            .Description("Withdraw an employee's most recent absence, reported in error.")
            .Argument<NonNullGraphType<WithdrawAbsenceInputType>>("input")
            .Allow(EmployerSide)
            .ResolveAsync(async context => await context.Service<WithdrawAbsence>().HandleAsync(
                context.Caller(), context.GetArgument<WithdrawAbsenceInput>("input"), context.CancellationToken));
    }
}

internal sealed class AbsencePayloadType : PayloadType<AbsencePayload>
{
    public AbsencePayloadType() : base("AbsencePayload", "The absence after the change; with `CONFLICT` or `ALREADY_SICK`, the absence as it now stands.")
    {
        Field<AbsenceType>("absence").Resolve(context => context.Source.Absence);
    }
}
