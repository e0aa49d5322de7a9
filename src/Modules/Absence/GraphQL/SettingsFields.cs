using GraphQL;
using GraphQL.Types;
using Verzuim.Absence.Domain;
using Verzuim.Absence.Settings;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

/// <summary>Schema area: the employer's absence settings (DOMAIN §10).</summary>
internal sealed class SettingsFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AbsenceSettingsType>>("absenceSettings")
            .Description("Who may report what, and how far back and forward.")
            .Allow(Access.EmployerUsers())
            .ResolveAsync(async context => await context.Service<AbsenceSettingsStore>().ForAsync(context.Caller().EmployerId!.Value, context.CancellationToken));

    public void AddMutationFields(ObjectGraphType mutation) =>
        mutation.Field<NonNullGraphType<AbsenceSettingsPayloadType>>("updateAbsenceSettings")
            .Description("Change who may report themselves, the reporting windows, partial recovery by employees and the contacts employees see.")
            .Argument<NonNullGraphType<UpdateAbsenceSettingsInputType>>("input")
            .Allow(Access.EmployerUsers(EmployerRole.Hr))
            .ResolveAsync(async context => await context.Service<AbsenceSettingsStore>().UpdateAsync(
                context.Caller().EmployerId!.Value, context.GetArgument<UpdateAbsenceSettingsInput>("input").ToChange(), context.CancellationToken));
}

internal sealed class AbsenceSettingsType : ObjectGraphType<AbsenceSettings>
{
    public AbsenceSettingsType()
    {
        Name = "AbsenceSettings";
        Field<NonNullGraphType<BooleanGraphType>>("employeesMayReportSick").Resolve(context => context.Source.EmployeesMayReportSick);
        Field<NonNullGraphType<BooleanGraphType>>("employeesMayReportRecovered").Resolve(context => context.Source.EmployeesMayReportRecovered);
        Field<NonNullGraphType<BooleanGraphType>>("employeesMayReportPartialRecovery").Resolve(context => context.Source.EmployeesMayReportPartialRecovery);
        Field<NonNullGraphType<ReportingWindowType>>("employeeWindow").Resolve(context => context.Source.EmployeeWindow);
        Field<NonNullGraphType<ReportingWindowType>>("employerWindow").Description("For employer users and API clients.").Resolve(context => context.Source.EmployerWindow);
        Field<NonNullGraphType<IntGraphType>>("recoveryDaysForward")
            .Description("How many days ahead a recovery may be reported (the first working day back), whatever the reporting windows say.")
            .Resolve(context => context.Source.RecoveryDaysForward);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("contacts").Resolve(context => context.Source.Contacts);
    }
}

internal sealed class ReportingWindowType : ObjectGraphType<ReportingWindow>
{
    public ReportingWindowType()
    {
        Name = "ReportingWindow";
        Description = "How many days before and after today a reported date may lie (meldingscoulance).";
        Field<NonNullGraphType<IntGraphType>>("daysBack").Resolve(context => context.Source.DaysBack);
        Field<NonNullGraphType<IntGraphType>>("daysForward").Resolve(context => context.Source.DaysForward);
    }
}

internal sealed class ContactType : ObjectGraphType<Contact>
{
    public ContactType()
    {
        Name = "AbsenceContact";
        Description = "Someone the employee can turn to while ill.";
        Field<NonNullGraphType<ContactRoleType>>("role").Resolve(context => context.Source.Role);
        Field<NonNullGraphType<StringGraphType>>("name").Resolve(context => context.Source.Name);
        Field<StringGraphType>("phone").Resolve(context => context.Source.Phone);
        Field<StringGraphType>("email").Resolve(context => context.Source.Email);
    }
}

internal sealed class ContactRoleType : EnumerationGraphType<ContactRole>
{
    public ContactRoleType() => Name = "AbsenceContactRole";
}

internal sealed class UpdateAbsenceSettingsInputType : InputObjectGraphType<UpdateAbsenceSettingsInput>
{
    public UpdateAbsenceSettingsInputType()
    {
        Name = "UpdateAbsenceSettingsInput";
        Field<NonNullGraphType<BooleanGraphType>>("employeesMayReportSick");
        Field<NonNullGraphType<BooleanGraphType>>("employeesMayReportRecovered");
        Field<NonNullGraphType<BooleanGraphType>>("employeesMayReportPartialRecovery");
        Field<NonNullGraphType<ReportingWindowInputType>>("employeeWindow");
        Field<NonNullGraphType<ReportingWindowInputType>>("employerWindow");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactInputType>>>>("contacts").Description($"At most {Contact.MaxContacts}.");
        Field<IntGraphType>("recoveryDaysForward")
            .Description($"0 to {ReportingWindow.MaxDays}; default {AbsenceSettings.DefaultRecoveryDaysForward}. Left out, it stays as it is.");
    }
}

internal sealed class ReportingWindowInputType : InputObjectGraphType<ReportingWindowInput>
{
    public ReportingWindowInputType()
    {
        Name = "ReportingWindowInput";
        Field<NonNullGraphType<IntGraphType>>("daysBack").Description($"0 to {ReportingWindow.MaxDays}.");
        Field<NonNullGraphType<IntGraphType>>("daysForward").Description($"0 to {ReportingWindow.MaxDays}.");
    }
}

internal sealed class ContactInputType : InputObjectGraphType<ContactInput>
{
    public ContactInputType()
    {
        Name = "AbsenceContactInput";
        Field<NonNullGraphType<ContactRoleType>>("role");
        Field<NonNullGraphType<StringGraphType>>("name");
        Field<StringGraphType>("phone");
        Field<StringGraphType>("email");
    }
}

internal sealed class AbsenceSettingsPayloadType : PayloadType<AbsenceSettingsPayload>
{
    public AbsenceSettingsPayloadType() : base("AbsenceSettingsPayload", "The settings after the change, or why it was not made.")
    {
        Field<AbsenceSettingsType>("settings").Resolve(context => context.Source.Settings);
    }
}
