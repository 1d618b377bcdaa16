namespace LiveData.Geometry.Nexus;

/// <summary>Absolute HDF5 paths as NeXus <c>depends_on</c> uses them.</summary>
internal static class NexusPath
{
    public static string Child(string parent, string name) => parent == "/" ? "/" + name : parent + "/" + name;

    public static string Parent(string path)
    {
        var cut = path.LastIndexOf('/');
        return cut <= 0 ? "/" : path[..cut];
    }

    public static string Name(string path) => path[(path.LastIndexOf('/') + 1)..];

    /// <summary>
    /// <paramref name="target"/> as an absolute, normalised path: absolute targets stand as they are, relative ones
    /// are taken from <paramref name="baseGroup"/> ("." and ".." steps allowed).
    /// </summary>
    public static string Resolve(string baseGroup, string target)
    {
        var parts = new List<string>();
        if (!target.StartsWith('/'))
            parts.AddRange(baseGroup.Split('/', StringSplitOptions.RemoveEmptyEntries));
        foreach (var part in target.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            if (part == ".")
                continue;
            if (part == "..")
            {
                if (parts.Count == 0)
                    throw new ArgumentException($"'{target}' climbs above the root from '{baseGroup}'");
                parts.RemoveAt(parts.Count - 1);
            }
            else
            {
                parts.Add(part);
            }
        }
        return "/" + string.Join('/', parts);
    }
}
