namespace Verzuim.Web.Api;

/// <summary>The Absence operations of the Host's API, as the portal's pages use them.</summary>
internal sealed class AbsenceApi(GraphQLClient graphql)
{
    public async Task<Dashboard> DashboardAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<DashboardData>("Dashboard", null, cancellationToken)).Dashboard;

    public async Task<IReadOnlyList<UserError>> ReportSickAsync(object input, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<ReportSickData>("ReportSick", new { input }, cancellationToken)).ReportSick.Errors;

    public async Task<IReadOnlyList<UserError>> ReportRecoveredAsync(object input, CancellationToken cancellationToken) =>
        (await graphql.SendAsync<ReportRecoveredData>("ReportRecovered", new { input }, cancellationToken)).ReportRecovered.Errors;

    public async Task<IReadOnlyList<OwnAbsence>> MineAsync(CancellationToken cancellationToken) =>
        (await graphql.SendAsync<MyAbsencesData>("MyAbsences", null, cancellationToken)).MyAbsences;
}

public sealed record Dashboard(
    bool IsSick, DateOnly? SickSince, int Week, int TotalWeeks, int? Percentage, bool MayReportSick, bool MayReportRecovered, bool MayReportPartialRecovery,
    DateOnly EarliestReportDate, DateOnly LatestReportDate, DateOnly? EarliestRecoveryDate, DateOnly? LatestRecoveryDate, DateOnly Today, CurrentAbsence? CurrentAbsence, List<Milestone> NextSteps, List<AbsenceContact> Contacts, DossierCounts Dossiers);

public sealed record CurrentAbsence(string Id, int Version, DateOnly FirstDay, DateOnly CaseFirstDay, List<Milestone> Timeline);

public sealed record Milestone(string Kind, int FromWeek, int DueWeek, DateOnly? StartsOn, DateOnly DueOn, bool InvolvesEmployee);

public sealed record AbsenceContact(string Role, string Name, string? Phone, string? Email);

public sealed record OwnAbsence(string Id, string Status, DateOnly FirstDay, DateOnly? RecoveredOn, int Percentage, string? LinkedTo, List<HistoryLine> History);

public sealed record HistoryLine(int Number, string Kind, DateOnly EffectiveOn, int Percentage, string ReportedBy);

internal sealed record DashboardData(Dashboard Dashboard);
internal sealed record ReportSickData(ErrorsOnly ReportSick);
internal sealed record ReportRecoveredData(ErrorsOnly ReportRecovered);
internal sealed record MyAbsencesData(List<OwnAbsence> MyAbsences);
