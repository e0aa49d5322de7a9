using System.Text.Json;
using Verzuim.BuildingBlocks;
using Verzuim.Dates;

namespace Verzuim.Absence.Tests;

/// <summary>The Absence operations as clients send them, and a registered employee to send them for.</summary>
public static class AbsenceCalls
{
    public const string AbsenceFields =
        "id employeeId employeeKey status firstDay caseFirstDay linkedTo percentage hoursWorkedOnFirstDay recoveredOn recoveryReason version week "
        + "report { contactPhone handover expectedDuration safetyNet workplaceAccident trafficAccidentWithLiableThirdParty "
        + "stayAddress { street postalCode city institution } } "
        + "history { number kind effectiveOn percentage reason reportedBy at }";

    public const string Payload = $"absence {{ {AbsenceFields} }} errors {{ code field message }}";

    public const string ReportSick = $"mutation($input: ReportSickInput!) {{ reportSick(input: $input) {{ {Payload} }} }}";
    public const string ReportRecovered = $"mutation($input: ReportRecoveredInput!) {{ reportRecovered(input: $input) {{ {Payload} }} }}";
    public const string ChangePercentage = $"mutation($input: ChangeAbsencePercentageInput!) {{ changeAbsencePercentage(input: $input) {{ {Payload} }} }}";
    public const string Correct = $"mutation($input: CorrectAbsenceInput!) {{ correctAbsence(input: $input) {{ {Payload} }} }}";
    public const string Withdraw = $"mutation($input: WithdrawAbsenceInput!) {{ withdrawAbsence(input: $input) {{ {Payload} }} }}";
    public const string MyAbsences = $"{{ myAbsences {{ {AbsenceFields} }} }}";
    public const string DashboardQuery = """
        { dashboard { isSick sickSince week totalWeeks percentage mayReportSick mayReportRecovered mayReportPartialRecovery
          earliestReportDate latestReportDate today currentAbsence { id } nextSteps { kind dueOn involvesEmployee } contacts { role name phone } } }
        """;
    public const string UpdateSettings = """
        mutation($input: UpdateAbsenceSettingsInput!) { updateAbsenceSettings(input: $input) { settings { employeesMayReportSick employeesMayReportPartialRecovery
          employeeWindow { daysBack daysForward } contacts { role name } } errors { code field } } }
        """;
    public const string Events = """
        query($after: String, $first: Int) { absenceEvents(after: $after, first: $first) { edges { cursor node { kind absenceId employeeId employeeKey firstDay
          hoursWorkedOnFirstDay percentage effectiveOn recoveredOn recoveryReason linkedToAbsenceId absenceVersion occurredAt } } pageInfo { hasNextPage endCursor } } }
        """;

    /// <summary>Today in the Netherlands, as the Host counts it.</summary>
    public static DateOnly Today => DutchDates.Today(TimeProvider.System);

    public static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd");

    public static object Sick(DateOnly firstDay, string? idempotencyKey = null, string? employeeId = null, int? percentage = null, string? handover = null, decimal hours = 0) => new
    {
        input = new
        {
            firstDay = Iso(firstDay),
            idempotencyKey,
            employeeId,
            percentage,
            hoursWorkedOnFirstDay = hours,
            contactPhone = "06 12345678",
            handover,
            safetyNet = "NO",
            workplaceAccident = false,
            trafficAccidentWithLiableThirdParty = false,
        },
    };

    public static object Recovered(string absenceId, DateOnly recoveredOn, string? idempotencyKey = null, object? partial = null, string? reason = null, int? expectedVersion = null) =>
        new { input = new { absenceId, recoveredOn = Iso(recoveredOn), idempotencyKey, partial, reason, expectedVersion } };

    public static JsonElement Absence(this GraphQLTestResponse response, string operation) => response.Payload(operation).GetProperty("absence");

    public static string AbsenceId(this GraphQLTestResponse response, string operation)
    {
        var absence = response.Absence(operation);
        return absence.ValueKind == JsonValueKind.Object ? absence.GetProperty("id").GetString()! : throw new InvalidOperationException(response.Body.ToString());
    }
}
