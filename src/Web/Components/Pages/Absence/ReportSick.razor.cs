using System.Globalization;
using Microsoft.AspNetCore.Components;
using Verzuim.Web.Account;
using Verzuim.Web.Api;

namespace Verzuim.Web.Components.Pages.Absence;

/// <summary>Ziek melden: only what an employer may ask (no question about the illness itself), then the confirmation page.</summary>
public sealed partial class ReportSick
{
    private static readonly Dictionary<string, string> FieldIds = new()
    {
        ["firstDay"] = "first-day", ["hoursWorkedOnFirstDay"] = "hours", ["contactPhone"] = "phone", ["street"] = "street",
        ["postalCode"] = "postal-code", ["city"] = "city", ["handover"] = "handover",
    };

    private FormErrors errors = default!;
    private Dashboard? dashboard;

    [SupplyParameterFromForm] private InputModel Input { get; set; } = default!;

    private string FirstDayHint => dashboard is null ? T["Common.DateHint"]
        : string.Format(T["ReportSick.FirstDayHint"], DutchDate.Format(dashboard.EarliestReportDate), DutchDate.Format(dashboard.LatestReportDate));

    private IReadOnlyList<(string, string)> DurationOptions =>
        [("A_FEW_DAYS", T["Duration.A_FEW_DAYS"]), ("ABOUT_A_WEEK", T["Duration.ABOUT_A_WEEK"]), ("A_FEW_WEEKS", T["Duration.A_FEW_WEEKS"]),
         ("LONGER", T["Duration.LONGER"]), ("UNKNOWN", T["Duration.UNKNOWN"])];

    private IReadOnlyList<(string, string)> SafetyNetOptions =>
        [("NO", T["Common.No"]), ("YES", T["Common.Yes"]), ("RATHER_TELL_THE_COMPANY_DOCTOR", T["ReportSick.SafetyNetDoctor"])];

    private IReadOnlyList<(string, string)> YesNo => [("NO", T["Common.No"]), ("YES", T["Common.Yes"])];

    protected override async Task OnInitializedAsync()
    {
        errors = new FormErrors(T);
        var shown = Input is null;
        // A new key per form shown: submitting the same form twice reports once.
        Input ??= new InputModel { IdempotencyKey = Guid.NewGuid().ToString("N") };
        dashboard = await Absences.DashboardAsync(CancellationToken.None);
        if (shown)
        {
            Input.FirstDay = DutchDate.Format(dashboard.Today);
        }
    }

    private async Task ReportAsync()
    {
        var firstDay = ParseDate(Input.FirstDay, "first-day");
        var hours = 0m;
        if (!string.IsNullOrWhiteSpace(Input.Hours) && !decimal.TryParse(Input.Hours.Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out hours))
        {
            errors.Add("hours", "Error.HoursFormat");
        }
        foreach (var (value, field) in new[] { (Input.SafetyNet, "safety-net"), (Input.WorkplaceAccident, "workplace-accident"), (Input.TrafficAccident, "traffic-accident") })
        {
            if (string.IsNullOrEmpty(value))
            {
                errors.Add(field, "Error.ChooseAnAnswer");
            }
        }
        if (errors.Any)
        {
            return;
        }
        var hasAddress = new[] { Input.Street, Input.PostalCode, Input.City, Input.Institution }.Any(part => !string.IsNullOrWhiteSpace(part));
        var result = await Absences.ReportSickAsync(new
        {
            idempotencyKey = Input.IdempotencyKey,
            firstDay = firstDay!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            hoursWorkedOnFirstDay = hours,
            contactPhone = string.IsNullOrWhiteSpace(Input.Phone) ? null : Input.Phone,
            stayAddress = hasAddress ? new { street = Input.Street ?? "", postalCode = Input.PostalCode ?? "", city = Input.City ?? "", institution = Input.Institution } : null,
            expectedDuration = string.IsNullOrEmpty(Input.Duration) ? null : Input.Duration,
            handover = string.IsNullOrWhiteSpace(Input.Handover) ? null : Input.Handover,
            safetyNet = Input.SafetyNet,
            workplaceAccident = Input.WorkplaceAccident == "YES",
            trafficAccidentWithLiableThirdParty = Input.TrafficAccident == "YES",
        }, CancellationToken.None);
        if (result.Count > 0)
        {
            errors.AddFromApi(result, FieldIds);
            return;
        }
        Navigation.NavigateTo("ziek-melden/gemeld");
    }

    private DateOnly? ParseDate(string? text, string field)
    {
        var problem = DutchDate.TryParse(text, out var date);
        if (problem == DateProblem.None)
        {
            return date;
        }
        errors.Add(field, $"Error.AbsenceDate{problem}");
        return null;
    }

    private sealed class InputModel
    {
        public string IdempotencyKey { get; set; } = "";
        public string? FirstDay { get; set; }
        public string? Hours { get; set; }
        public string? Phone { get; set; }
        public string? Street { get; set; }
        public string? PostalCode { get; set; }
        public string? City { get; set; }
        public string? Institution { get; set; }
        public string? Duration { get; set; }
        public string? Handover { get; set; }
        public string? SafetyNet { get; set; }
        public string? WorkplaceAccident { get; set; }
        public string? TrafficAccident { get; set; }
    }
}
