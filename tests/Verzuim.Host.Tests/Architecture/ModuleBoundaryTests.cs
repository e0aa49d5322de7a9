extern alias web;

using System.Reflection;
using NetArchTest.Rules;

namespace Verzuim.Host.Tests.Architecture;

/// <summary>The rules between the parts (DESIGN.md, "Module rules"), checked on the compiled assemblies.</summary>
public sealed class ModuleBoundaryTests
{
    private static readonly Assembly Accounts = typeof(Verzuim.Accounts.AccountsModule).Assembly;
    private static readonly Assembly SecondFactor = typeof(Verzuim.SecondFactor.SecondFactorModule).Assembly;
    private static readonly Assembly Absence = typeof(Verzuim.Absence.AbsenceModule).Assembly;
    private static readonly Assembly Dossiers = typeof(Verzuim.Dossiers.DossiersModule).Assembly;
    private static readonly Assembly BuildingBlocks = typeof(Verzuim.BuildingBlocks.GraphQL.IGraphQLContribution).Assembly;
    private static readonly Assembly SharedDates = typeof(Verzuim.Dates.DutchDates).Assembly;
    private static readonly Assembly WebApp = typeof(web::Verzuim.Web.Portal).Assembly;
    private static readonly Assembly[] Modules = [Accounts, SecondFactor, Absence, Dossiers];

    [Fact]
    public void A_module_depends_on_no_other_module_except_its_contracts()
    {
        foreach (var module in Modules)
        {
            var others = module.GetReferencedAssemblies().Select(reference => reference.Name!)
                .Where(name => name.StartsWith("Verzuim.", StringComparison.Ordinal) && name != BuildingBlocks.GetName().Name && name != SharedDates.GetName().Name
                    && !name.EndsWith(".Contracts", StringComparison.Ordinal));

            others.ShouldBeEmpty($"{module.GetName().Name} references another module");
        }
    }

    [Fact]
    public void The_web_app_depends_on_no_module_and_not_on_the_host_only_on_the_shared_dates()
    {
        var references = WebApp.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        references.Where(name => name.StartsWith("Verzuim.", StringComparison.Ordinal)).ShouldBe(["Verzuim.Dates"]);
        Types.InAssembly(WebApp).ShouldNot().HaveDependencyOnAny("Verzuim.Accounts", "Verzuim.BuildingBlocks", "Verzuim.Host").GetResult().IsSuccessful.ShouldBeTrue();
    }

    [Fact]
    public void A_module_exposes_only_its_registration_and_its_operator_surface()
    {
        var exported = Accounts.GetExportedTypes().Select(type => type.FullName).Order().ToList();

        exported.ShouldBe(
        [
            "Verzuim.Accounts.AccountsModule",
            "Verzuim.Accounts.Operations.DemoAccess",
            "Verzuim.Accounts.Operations.IAccountsOperator",
            "Verzuim.Accounts.Operations.OperatorResult",
        ]);
    }

    [Fact]
    public void The_second_factor_module_exposes_only_its_registration() =>
        SecondFactor.GetExportedTypes().Select(type => type.FullName).ShouldBe(["Verzuim.SecondFactor.SecondFactorModule"]);

    [Fact]
    public void The_absence_module_exposes_only_its_registration() =>
        Absence.GetExportedTypes().Select(type => type.FullName).ShouldBe(["Verzuim.Absence.AbsenceModule"]);

    [Fact]
    public void The_dossiers_module_exposes_only_its_registration() =>
        Dossiers.GetExportedTypes().Select(type => type.FullName).ShouldBe(["Verzuim.Dossiers.DossiersModule"]);

    [Fact]
    public void Dossiers_learns_of_absences_only_through_the_absence_contracts()
    {
        var references = Dossiers.GetReferencedAssemblies().Select(reference => reference.Name!).ToList();

        references.ShouldContain("Verzuim.Absence.Contracts");
        references.ShouldNotContain("Verzuim.Absence");
        Types.InAssembly(Dossiers).ShouldNot().HaveDependencyOn("Verzuim.Absence.Data").GetResult().IsSuccessful.ShouldBeTrue();
    }

    [Fact]
    public void The_classes_inside_a_module_are_sealed()
    {
        var result = Types.InAssemblies(Modules).That().AreClasses().And().AreNotAbstract().And().DoNotHaveNameMatching("^<")
            .And().DoNotResideInNamespaceMatching(@"\.Data\.Migrations$")
            .Should().BeSealed().GetResult();

        (result.FailingTypeNames ?? []).ShouldBeEmpty();
    }

    [Fact]
    public void Entities_of_a_module_are_not_visible_to_other_assemblies()
    {
        var entities = Types.InAssemblies(Modules).That().HaveDependencyOn("Microsoft.EntityFrameworkCore").And().ArePublic().GetTypes();

        entities.Select(type => type.FullName).ShouldBeEmpty();
    }
}
