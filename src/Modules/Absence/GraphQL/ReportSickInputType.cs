using GraphQL.Types;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Reporting;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

internal sealed class ReportSickInputType : InputObjectGraphType<ReportSickInput>
{
    public ReportSickInputType()
    {
        Name = "ReportSickInput";
        Description = "A sick report: only what an employer may register (DOMAIN §5). There is no field for the nature or cause of an illness, by design.";
        Field<StringGraphType>("idempotencyKey").Description("Any string up to 100 characters. Sending the same key again returns the original absence instead of reporting twice.");
        Field<IdGraphType>("employeeId").Description("Employer users and API clients: whose absence. Employees leave it out.");
        Field<NonNullGraphType<IsoDateGraphType>>("firstDay").Description("The first day of absence (datum 1e ziektedag).");
        Field<DecimalGraphType>("hoursWorkedOnFirstDay").Description("Hours already worked on the first day, 0 to 24 in steps of a quarter. 0 when left out.");
        Field<IntGraphType>("percentage").Description("Employer users and API clients: the absence percentage, 1 to 100. Employees always report 100.");
        Field<StringGraphType>("contactPhone").Description("Where the employee can be reached while ill.");
        Field<StayAddressInputType>("stayAddress").Description("A stay or nursing address, only when it differs from the usual address.");
        Field<ExpectedDurationType>("expectedDuration");
        Field<StringGraphType>("handover").Description($"Ongoing appointments and work to hand over, at most {SickReport.MaxHandoverLength} characters. No medical information.");
        Field<NonNullGraphType<SafetyNetType>>("safetyNet");
        Field<NonNullGraphType<BooleanGraphType>>("workplaceAccident").Description("Whether the absence follows an accident at work.");
        Field<NonNullGraphType<BooleanGraphType>>("trafficAccidentWithLiableThirdParty").Description("Whether a traffic accident with a possibly liable third party is involved (regres).");
    }
}

internal sealed class StayAddressInputType : InputObjectGraphType<StayAddressInput>
{
    public StayAddressInputType()
    {
        Name = "StayAddressInput";
        Field<NonNullGraphType<StringGraphType>>("street").Description("Street and house number.");
        Field<NonNullGraphType<StringGraphType>>("postalCode");
        Field<NonNullGraphType<StringGraphType>>("city");
        Field<StringGraphType>("institution").Description("The hospital or care home, if any.");
    }
}

internal sealed class ExpectedDurationType : EnumerationGraphType<ExpectedDuration>
{
    public ExpectedDurationType()
    {
        Name = "ExpectedDuration";
        Description = "How long the employee expects to be absent, if they can say.";
    }
}

internal sealed class SafetyNetType : EnumerationGraphType<SafetyNet>
{
    public SafetyNetType()
    {
        Name = "SafetyNet";
        Description = "Whether a Ziektewet safety-net provision applies: `YES`, `NO`, or `RATHER_TELL_THE_COMPANY_DOCTOR`. Never which one.";
    }
}
