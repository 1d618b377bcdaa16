using System.Reflection;

namespace LiveData.Instruments.Logs;

/// <summary>
/// Reads an instrument's f144 log table (<c>&lt;Instrument&gt;/f144_streams.tsv</c>, embedded): one tab-separated row
/// per log with its NeXus path, PV, production topic and unit; lines starting with '#' are comments.
/// </summary>
public static class F144StreamTable
{
    // Upstream reads only these topics in production for now (its PROD ACLs are incomplete) and drops the rest.
    private static readonly string[] AuthorizedTopicSuffixes = ["_choppers", "_motion", "_sample_env"];
    private const string AuthorizedTopic = "tn_data_general";

    // The unit as scipp spells it, which is what upstream's outputs carry.
    private static readonly Dictionary<string, string> ScippSpelling = new()
    {
        ["degrees"] = "deg",
        ["us"] = "µs",
        ["uC"] = "µC",
    };

    /// <summary>The logs of <paramref name="instrument"/> whose topic production lets LiveData read.</summary>
    public static IReadOnlyList<ParsedF144Stream> Authorized(string instrument) => [.. Read(instrument).Where(IsAuthorized)];

    public static IReadOnlyList<ParsedF144Stream> Read(string instrument)
    {
        var resource = $"f144_streams/{instrument}.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"No f144 log table '{resource}' is embedded");
        using var reader = new StreamReader(stream);
        return [.. Parse(reader.ReadToEnd(), resource)];
    }

    public static IEnumerable<ParsedF144Stream> Parse(string text, string origin)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd('\r');
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }
            var fields = line.Split('\t');
            if (fields.Length != 4 || fields.Any(f => f.Length == 0))
            {
                throw new FormatException($"{origin} line {i + 1}: expected NeXus path, source, topic and unit separated by tabs, got '{line}'");
            }
            yield return new ParsedF144Stream(fields[0], fields[1], fields[2], ScippSpelling.GetValueOrDefault(fields[3], fields[3]));
        }
    }

    public static bool IsAuthorized(ParsedF144Stream stream) =>
        stream.Topic == AuthorizedTopic || AuthorizedTopicSuffixes.Any(suffix => stream.Topic.EndsWith(suffix, StringComparison.Ordinal));
}
