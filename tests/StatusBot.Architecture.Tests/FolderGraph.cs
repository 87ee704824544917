namespace StatusBot.Architecture.Tests;

/// <summary>Cycles in a small directed graph of folders (Tarjan's strongly connected components).</summary>
internal static class FolderGraph
{
    /// <param name="edges">folder → (folder it uses → one example of the use).</param>
    /// <returns>One line per strongly connected component of two or more folders, with the example uses inside it.</returns>
    public static IReadOnlyList<string> Cycles(IReadOnlyDictionary<string, Dictionary<string, string>> edges)
    {
        var index = 0;
        var stack = new Stack<string>();
        var indices = new Dictionary<string, int>();
        var lowLinks = new Dictionary<string, int>();
        var onStack = new HashSet<string>();
        var found = new List<string>();

        void Visit(string v)
        {
            indices[v] = lowLinks[v] = index++;
            stack.Push(v);
            onStack.Add(v);
            foreach (var w in edges.TryGetValue(v, out var e) ? e.Keys : Enumerable.Empty<string>())
            {
                if (!indices.ContainsKey(w))
                {
                    Visit(w);
                    lowLinks[v] = Math.Min(lowLinks[v], lowLinks[w]);
                }
                else if (onStack.Contains(w)) lowLinks[v] = Math.Min(lowLinks[v], indices[w]);
            }
            if (lowLinks[v] != indices[v]) return;
            var component = new List<string>();
            string x;
            do
            {
                x = stack.Pop();
                onStack.Remove(x);
                component.Add(x);
            } while (x != v);
            if (component.Count < 2) return;
            var uses = component.SelectMany(from => edges[from].Where(kv => component.Contains(kv.Key)).Select(kv => $"{from} -> {kv.Key} ({kv.Value})"));
            found.Add($"loop between {string.Join(", ", component.Order())}: {string.Join("; ", uses)}");
        }

        foreach (var v in edges.Keys.Order()) if (!indices.ContainsKey(v)) Visit(v);
        return found;
    }
}
