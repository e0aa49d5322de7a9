using System.Globalization;
using Microsoft.AspNetCore.Components;
using Verzuim.Dates;
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
        : string.Format(T["ReportSick.FirstDayHint"], DutchDates.Format(dashboard.EarliestReportDate), DutchDates.Format(dashboard.LatestReportDate));

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
            Input.FirstDay = DutchDates.Format(dashboard.Today);
        }
    }

    /// <summary>Every rule the form can check itself, in one round, each message naming its question.</summary>
    private async Task ReportAsync()
    {
        var firstDay = CheckFirstDay();
        var hours = CheckHours();
        foreach (var (value, field, question) in new[]
        {
            (Input.SafetyNet, "safety-net", "ReportSick.SafetyNet"), (Input.WorkplaceAccident, "workplace-accident", "ReportSick.WorkplaceAccident"),
            (Input.TrafficAccident, "traffic-accident", "ReportSick.TrafficAccident"),
        })
        {
            if (string.IsNullOrEmpty(value))
            {
                errors.Add(field, "Error.ChooseAnAnswerFor", T[question].Value);
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
            hoursWorkedOnFirstDay = hours ?? 0m,
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

    private DateOnly? CheckFirstDay()
    {
        var problem = DateText.TryParse(Input.FirstDay, out var date);
        if (problem != DateProblem.None)
        {
            errors.Add("first-day", $"Error.FirstDay{problem}", DutchDates.Format(dashboard!.Today));
            return null;
        }
        if (date < dashboard!.EarliestReportDate || date > dashboard.LatestReportDate)
        {
            errors.Add("first-day", "Error.FirstDayOutsideWindow", DutchDates.Format(dashboard.EarliestReportDate), DutchDates.Format(dashboard.LatestReportDate));
            return null;
        }
        return date;
    }

    /// <summary>Empty is none; otherwise 0 to 24 hours in quarters, as the API takes them.</summary>
    private decimal? CheckHours()
    {
        if (string.IsNullOrWhiteSpace(Input.Hours))
        {
            return 0m;
        }
        if (!decimal.TryParse(Input.Hours.Trim().Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var hours))
        {
            errors.Add("hours", "Error.HoursFormat");
            return null;
        }
        if (hours is < 0 or > 24 || hours * 4 != decimal.Truncate(hours * 4))
        {
            errors.Add("hours", "Error.HoursRange");
            return null;
        }
        return hours;
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
