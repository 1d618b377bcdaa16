using System.Text.RegularExpressions;

namespace LiveData.Bench.Pipeline;

/// <summary>Reads which sources a backend worker took jobs for from its log ("Scheduled job SOURCE/NUMBER of ...").</summary>
public static partial class ScheduledJobs
{
    public static IReadOnlySet<string> SourcesIn(string log) =>
        ScheduledLine().Matches(log).Select(m => m.Groups["source"].Value).ToHashSet(StringComparer.Ordinal);

    [GeneratedRegex(@"(?:Scheduled|Replaced) job (?<source>[^\s/]+)/")]
    private static partial Regex ScheduledLine();
}
