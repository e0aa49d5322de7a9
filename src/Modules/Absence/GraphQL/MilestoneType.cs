using GraphQL.Types;
using Verzuim.Absence.Timeline;
using Verzuim.BuildingBlocks.GraphQL;

namespace Verzuim.Absence.GraphQL;

internal sealed class MilestoneType : ObjectGraphType<Milestone>
{
    public MilestoneType()
    {
        Name = "PoortwachterMilestone";
        Description = "A step of the Wet verbetering poortwachter, placed on the calendar of one absence.";
        Field<NonNullGraphType<MilestoneKindType>>("kind").Resolve(context => context.Source.Kind);
        Field<NonNullGraphType<IntGraphType>>("fromWeek").Resolve(context => context.Source.Rule.FromWeek);
        Field<NonNullGraphType<IntGraphType>>("dueWeek").Resolve(context => context.Source.Rule.DueWeek);
        Field<NonNullGraphType<IsoDateGraphType>>("startsOn").Description("The first day of `fromWeek`.").Resolve(context => context.Source.StartsOn);
        Field<NonNullGraphType<IsoDateGraphType>>("dueOn").Description("The last day of `dueWeek`.").Resolve(context => context.Source.DueOn);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PartyType>>>>("by").Description("Who takes the step.")
            .Resolve(context => Enum.GetValues<Party>().Where(party => party != Party.None && context.Source.Rule.By.HasFlag(party)));
        Field<NonNullGraphType<BooleanGraphType>>("involvesEmployee").Resolve(context => context.Source.Rule.InvolvesEmployee);
    }
}

internal sealed class MilestoneKindType : EnumerationGraphType<MilestoneKind>
{
    public MilestoneKindType() => Name = "PoortwachterStep";
}

internal sealed class PartyType : EnumerationGraphType
{
    public PartyType()
    {
        Name = "PoortwachterParty";
        Add("EMPLOYER", Party.Employer);
        Add("EMPLOYEE", Party.Employee);
        Add("COMPANY_DOCTOR", Party.CompanyDoctor);
        Add("PAYROLL", Party.Payroll);
        Add("UWV", Party.Uwv);
    }
}
