namespace Verzuim.Host.Tests.Architecture;

/// <summary>The cycles among the folders (namespaces) of one module: groups of folders that each reach the others.</summary>
internal static class FolderCycles
{
    /// <param name="edges">Folder to the folders of the same module it uses.</param>
    /// <returns>Each cycle as its folders, in name order; none when the folders form layers.</returns>
    public static IReadOnlyList<IReadOnlyList<string>> In(IReadOnlyDictionary<string, IReadOnlySet<string>> edges)
    {
        // Tarjan's strongly connected components: a component of more than one folder is a cycle.
        var index = new Dictionary<string, int>();
        var low = new Dictionary<string, int>();
        var stack = new Stack<string>();
        var onStack = new HashSet<string>();
        var cycles = new List<IReadOnlyList<string>>();

        void Connect(string folder)
        {
            index[folder] = low[folder] = index.Count;
            stack.Push(folder);
            onStack.Add(folder);
            foreach (var used in edges.GetValueOrDefault(folder) ?? new HashSet<string>())
            {
                if (!index.ContainsKey(used))
                {
                    Connect(used);
                    low[folder] = Math.Min(low[folder], low[used]);
                }
                else if (onStack.Contains(used))
                {
                    low[folder] = Math.Min(low[folder], index[used]);
                }
            }
            if (low[folder] != index[folder])
            {
                return;
            }
            var component = new List<string>();
            string member;
            do
            {
                member = stack.Pop();
                onStack.Remove(member);
                component.Add(member);
            }
            while (member != folder);
            if (component.Count > 1)
            {
                cycles.Add([.. component.Order(StringComparer.Ordinal)]);
            }
        }

        foreach (var folder in edges.Keys.Order(StringComparer.Ordinal))
        {
            if (!index.ContainsKey(folder))
            {
                Connect(folder);
            }
        }
        return cycles;
    }
}
