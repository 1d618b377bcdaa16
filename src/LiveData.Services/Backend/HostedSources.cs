using LiveData.Instruments;
using LiveData.Protocol.Commands;

namespace LiveData.Services.Backend;

/// <summary>
/// The sources one worker hosts: all of its service's sources, or a named subset so that several
/// workers can split an instrument's detectors between them. A worker ignores configs for sources it
/// does not host (no ACK, no ERR, no job), exactly as a service ignores workflows it does not host,
/// so the worker that does host them answers.
/// </summary>
public sealed class HostedSources
{
    private readonly IReadOnlySet<string>? _only;

    private HostedSources(IReadOnlySet<string>? only) => _only = only;

    public static HostedSources All { get; } = new(null);

    /// <summary>The listed sources, or null when this worker hosts everything.</summary>
    public IReadOnlySet<string>? Names => _only;

    public static HostedSources Only(IEnumerable<string> sourceNames) => new(sourceNames.ToHashSet(StringComparer.Ordinal));

    /// <summary>Splits a comma-separated list (<c>--sources a,b</c>), dropping blanks.</summary>
    public static IReadOnlyList<string> ParseList(string list) =>
        [.. list.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal)];

    /// <summary>The names that are not sources of any workflow <paramref name="serviceName"/> runs for <paramref name="instrument"/>.</summary>
    public static IReadOnlyList<string> Unknown(Instrument instrument, string serviceName, IEnumerable<string> sourceNames)
    {
        var known = KnownSources(instrument, serviceName);
        return [.. sourceNames.Where(s => !known.Contains(s))];
    }

    public static IReadOnlySet<string> KnownSources(Instrument instrument, string serviceName) =>
        instrument.WorkflowsOf(serviceName).SelectMany(w => w.SourceNames).ToHashSet(StringComparer.Ordinal);

    public bool Hosts(string sourceName) => _only is null || _only.Contains(sourceName);

    /// <summary>Whether this worker should act on <paramref name="command"/>: job commands address only jobs it runs anyway.</summary>
    public bool Accepts(Command command) => command is not WorkflowConfig config || Hosts(config.JobId.SourceName);
}
