namespace LiveData.Instruments.Logs;

/// <summary>
/// Internal names for NeXus group paths, as upstream derives them: generic containers (entry, instrument, sample,
/// sample_environment, transformations) are dropped, and each path is named by its shortest tail of at least
/// <c>minDepth</c> components that no other path shares and that is not forbidden. Paths that differ only in the
/// dropped containers fall back to tails of the full path, which HDF5 path uniqueness always resolves.
/// </summary>
public static class LogNames
{
    private static readonly HashSet<string> GenericGroups = ["entry", "instrument", "sample", "sample_environment", "transformations"];

    /// <returns>The name of each path, keyed by path.</returns>
    public static IReadOnlyDictionary<string, string> Suggest(IEnumerable<string> paths, int minDepth = 2, IEnumerable<string>? forbidden = null)
    {
        var forbiddenNames = new HashSet<string>(forbidden ?? [], StringComparer.Ordinal);
        var full = paths.Distinct().ToDictionary(p => p, p => p.Trim('/').Split('/'));
        var filtered = full.ToDictionary(p => p.Key, p => p.Value.Where(c => !GenericGroups.Contains(c)).ToArray() is { Length: > 0 } kept ? kept : p.Value);
        var names = new Dictionary<string, string>();
        var pending = full.Keys.ToHashSet();
        foreach (var parts in new[] { filtered, full })
        {
            var deepest = Math.Max(pending.Select(p => parts[p].Length).DefaultIfEmpty(1).Max(), minDepth);
            for (var depth = minDepth; pending.Count > 0 && depth <= deepest; depth++)
            {
                var candidates = pending.ToDictionary(p => p, p => Tail(parts[p], depth));
                var uses = candidates.Values.CountBy(n => n).ToDictionary(c => c.Key, c => c.Value);
                foreach (var (path, name) in candidates.Where(c => uses[c.Value] == 1 && !forbiddenNames.Contains(c.Value)))
                {
                    names[path] = name;
                    pending.Remove(path);
                }
            }
        }
        return names;
    }

    private static string Tail(string[] parts, int depth) => string.Join('/', parts[^Math.Min(depth, parts.Length)..]);
}
