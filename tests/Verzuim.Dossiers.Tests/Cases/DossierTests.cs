using Verzuim.Absence.Contracts;
using Verzuim.Dossiers.Domain;

namespace Verzuim.Dossiers.Tests.Cases;

public sealed class DossierTests
{
    private static readonly Guid Employer = Guid.NewGuid();
    private static readonly Guid Employee = Guid.NewGuid();
    private static readonly Guid Case = Guid.NewGuid();
    private static readonly DateOnly Start = new(2026, 1, 5);

    private static AbsenceChanged Change(AbsenceChangeKind kind, Guid absence, DateOnly firstDay, DateOnly? recoveredOn = null) =>
        new(1, kind, Employer, Employee, absence, Case, Start, firstDay, recoveredOn, DateTimeOffset.UnixEpoch);

    [Fact]
    public void A_recovery_closes_and_a_linked_absence_reopens_the_same_dossier()
    {
        var first = Case;
        var second = Guid.NewGuid();
        var dossier = Dossier.Open(Change(AbsenceChangeKind.Reported, first, Start));
        dossier.Apply(Change(AbsenceChangeKind.Reported, first, Start));
        dossier.Apply(Change(AbsenceChangeKind.Recovered, first, Start, Start.AddDays(10)));
        dossier.Status.ShouldBe(DossierStatus.Closed);
        dossier.ClosedOn.ShouldBe(Start.AddDays(10));

        dossier.Apply(Change(AbsenceChangeKind.Reported, second, Start.AddDays(20)));
        dossier.Apply(Change(AbsenceChangeKind.Linked, second, Start.AddDays(20)));

        dossier.Status.ShouldBe(DossierStatus.Open);
        dossier.ClosedOn.ShouldBeNull();
        dossier.FirstDay.ShouldBe(Start);
        dossier.ActivePeriods().Select(p => p.AbsenceId).ShouldBe([first, second]);
    }

    [Fact]
    public void Applying_an_event_twice_changes_nothing()
    {
        var dossier = Dossier.Open(Change(AbsenceChangeKind.Reported, Case, Start));
        var recovered = Change(AbsenceChangeKind.Recovered, Case, Start, Start.AddDays(3));
        dossier.Apply(recovered);
        dossier.Apply(recovered);
        dossier.Periods.Count.ShouldBe(1);
        dossier.ClosedOn.ShouldBe(Start.AddDays(3));
    }

    [Fact]
    public void Withdrawing_the_only_absence_withdraws_the_dossier_and_withdrawing_the_later_one_closes_it_again()
    {
        var later = Guid.NewGuid();
        var dossier = Dossier.Open(Change(AbsenceChangeKind.Reported, Case, Start));
        dossier.Apply(Change(AbsenceChangeKind.Recovered, Case, Start, Start.AddDays(5)));
        dossier.Apply(Change(AbsenceChangeKind.Reported, later, Start.AddDays(9)));
        dossier.Apply(Change(AbsenceChangeKind.Withdrawn, later, Start.AddDays(9)));
        dossier.Status.ShouldBe(DossierStatus.Closed);
        dossier.ClosedOn.ShouldBe(Start.AddDays(5));

        dossier.Apply(Change(AbsenceChangeKind.Withdrawn, Case, Start, Start.AddDays(5)));
        dossier.Status.ShouldBe(DossierStatus.Withdrawn);
    }
}
