using GraphQL.Types;
using Verzuim.Absence.Dashboard;
using Verzuim.Absence.Timeline;
using Verzuim.BuildingBlocks.Callers;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

/// <summary>
/// Schema area: the employee's dashboard. Other modules (Dossiers) add their counts to the `Dashboard` type by name
/// in the composed schema; this module knows nothing of them.
/// </summary>
internal sealed class DashboardFields : IGraphQLContribution
{
    public void AddQueryFields(ObjectGraphType query) =>
        query.Field<NonNullGraphType<DashboardType>>("dashboard")
            .Description("What the employee sees first: their absence status, the next steps, contacts and what they may report now.")
            .Allow(Access.Employee)
            .ResolveAsync(async context => await context.Service<EmployeeDashboard>().ForAsync(context.Caller<EmployeeCaller>(), context.CancellationToken));

    public void AddMutationFields(ObjectGraphType mutation)
    {
    }
}

internal sealed class DashboardType : ObjectGraphType<EmployeeDashboardView>
{
    public DashboardType(IEnumerable<IGraphTypeExtension> extensions)
    {
        Name = "Dashboard";
        Field<NonNullGraphType<BooleanGraphType>>("isSick").Resolve(context => context.Source.Current is not null);
        Field<AbsenceType>("currentAbsence").Description("The open absence, if any.").Resolve(context => context.Source.Current);
        Field<IsoDateGraphType>("sickSince").Description("The first day of the open absence.").Resolve(context => context.Source.Current?.FirstDay);
        Field<NonNullGraphType<IntGraphType>>("week").Description($"Week N of {PoortwachterTimeline.TotalWeeks}; 0 when not sick.").Resolve(context => context.Source.Week);
        Field<NonNullGraphType<IntGraphType>>("totalWeeks").Resolve(_ => PoortwachterTimeline.TotalWeeks);
        Field<IntGraphType>("percentage").Description("The current absence percentage.").Resolve(context => context.Source.Current?.Percentage);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<MilestoneType>>>>("nextSteps")
            .Description($"The next {EmployeeDashboard.NextStepsShown} Poortwachter steps that involve the employee.").Resolve(context => context.Source.NextSteps);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactType>>>>("contacts").Resolve(context => context.Source.Contacts);
        Field<NonNullGraphType<BooleanGraphType>>("mayReportSick").Resolve(context => context.Source.MayReportSick);
        Field<NonNullGraphType<BooleanGraphType>>("mayReportRecovered").Resolve(context => context.Source.MayReportRecovered);
        Field<NonNullGraphType<BooleanGraphType>>("mayReportPartialRecovery").Resolve(context => context.Source.MayReportPartialRecovery);
        Field<NonNullGraphType<IsoDateGraphType>>("earliestReportDate").Description("The earliest date the employee may report.")
            .Resolve(context => context.Source.Window.Earliest(context.Source.Today));
        Field<NonNullGraphType<IsoDateGraphType>>("latestReportDate").Description("The latest date the employee may report.")
            .Resolve(context => context.Source.Window.Latest(context.Source.Today));
        Field<IsoDateGraphType>("earliestRecoveryDate").Description("While sick: the earliest first working day back the employee may report.")
            .Resolve(context => context.Source.EarliestRecoveryDate);
        Field<IsoDateGraphType>("latestRecoveryDate").Description("While sick: the latest first working day back the employee may report.")
            .Resolve(context => context.Source.LatestRecoveryDate);
        Field<NonNullGraphType<IsoDateGraphType>>("today").Description("Today in the Netherlands, the default for a report.").Resolve(context => context.Source.Today);
        this.ApplyExtensions(extensions);
    }
}
