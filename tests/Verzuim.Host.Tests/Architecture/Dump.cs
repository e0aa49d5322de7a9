namespace Verzuim.Host.Tests.Architecture;
public sealed class DumpEdges
{
    [Fact]
    public void Dump()
    {
        var lines = new List<string>();
        foreach (var a in new[] { typeof(Verzuim.Accounts.AccountsModule).Assembly, typeof(Verzuim.SecondFactor.SecondFactorModule).Assembly, typeof(Verzuim.Absence.AbsenceModule).Assembly, typeof(Verzuim.Dossiers.DossiersModule).Assembly })
        {
            var root = a.GetName().Name!;
            foreach (var (t, uses) in NamespaceDependencies.Of(a.Location))
            {
                if (t.Namespace.EndsWith(".GraphQL") || t.Namespace.EndsWith("Migrations")) continue;
                foreach (var u in uses.Where(u => u.StartsWith(root) && u != t.Namespace && !u.EndsWith("Migrations")))
                {
                    lines.Add($"{t.Namespace}\t{u}\t{t.Name}");
                }
            }
        }
        File.WriteAllLines("/tmp/edges.tsv", lines);
    }
}
