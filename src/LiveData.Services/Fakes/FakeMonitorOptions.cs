using LiveData.Geometry.Nexus;

namespace LiveData.Services.Fakes;

/// <summary>How the fake monitor producer runs: instrument, ev44 or da00, how many monitors (clamped to 1..10).</summary>
/// <param name="RateMultiplier">Scales the nominal events per pulse of every monitor (load and benchmark runs).</param>
/// <param name="Replay">A recorded run whose monitor events are replayed instead of random ones (NumMonitors and RateMultiplier then unused).</param>
/// <param name="ReplayOnce">Replay every recorded pulse once, then publish nothing more (instead of looping).</param>
public sealed record FakeMonitorOptions(string Instrument, FakeMonitorMode Mode, int NumMonitors, double RateMultiplier = 1, RecordedRun? Replay = null, bool ReplayOnce = false)
{
    public int MonitorCount => Math.Clamp(NumMonitors, 1, 10);
}

public enum FakeMonitorMode
{
    Ev44,
    Da00,
}
