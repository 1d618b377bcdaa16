using LiveData.Core.Beamline;
using LiveData.Core.Identity;
using LiveData.Instruments.Logs;
using LiveData.Workflows;
using LiveData.Workflows.Timeseries;

namespace LiveData.Instruments;

/// <summary>
/// What an instrument has (monitors, detectors, logs) and the workflows it offers; like upstream, every instrument
/// with logs offers <c>timeseries_data</c> over them without declaring it.
/// </summary>
public sealed record Instrument(
    string Name,
    IReadOnlyList<string> Monitors,
    IReadOnlyList<DetectorBank> Detectors,
    InstrumentLogs Logs,
    IReadOnlyList<WorkflowSpec> Workflows)
{
    public IReadOnlyList<WorkflowSpec> Workflows { get; } =
        Logs.TimeseriesSources.Count > 0 ? [.. Workflows, TimeseriesWorkflow.Spec(Name, Logs.TimeseriesSources)] : Workflows;

    public WorkflowSpec? FindWorkflow(WorkflowId id) => Workflows.FirstOrDefault(w => w.Id == id);

    public IEnumerable<WorkflowSpec> WorkflowsOf(string serviceName) => Workflows.Where(w => w.ServiceName == serviceName);

    /// <summary>Detectors that send whole images (ad00) instead of events.</summary>
    public IReadOnlyList<AreaDetector> AreaDetectors { get; init; } = [];

    /// <summary>
    /// The raw event streams the detectors arrive on with DEV naming, which is also what fake_detectors publishes;
    /// by default each detector's own stream (BIFROST merges 45 triplet streams into one detector).
    /// </summary>
    public IReadOnlyList<DetectorStream> DetectorStreams { get; init; } = [.. Detectors.Select(DetectorStream.Of)];

    /// <summary>
    /// The wavelengths (Å) its band choppers pass, for the ideal source of <c>livedata lookup-table</c>; null for a band
    /// from 0 Å to the longest wavelength that reaches the farthest pixel within the frame. BIFROST needs one: its
    /// analysers reflect 4–5.5 Å, far beyond the band that starts at 0 Å over its 162 m.
    /// </summary>
    public WavelengthBand? WavelengthBand { get; init; }

    /// <summary>Events fake_detectors sends per stream and pulse.</summary>
    public int FakeEventsPerPulse { get; init; } = 10_000;

    /// <summary>The production (ECDC) names of the raw streams; DEV names are derived, see <see cref="DetectorStreams"/>.</summary>
    public IReadOnlyList<ProdStream> ProdStreams { get; init; } = [];

    /// <summary>Every raw topic the services read without <c>--dev</c>: the ECDC detector and monitor topics and the log topics.</summary>
    public IReadOnlyList<string> ProdTopics =>
        [.. ProdStreams.Select(s => s.Topic).Concat(Logs.Streams.Select(l => l.ProdTopic)).Distinct().Order(StringComparer.Ordinal)];

    /// <summary>The outputs NICOS reads as devices (upstream's device contract).</summary>
    public IReadOnlyList<NicosDevice> NicosDevices { get; init; } = [];
}
