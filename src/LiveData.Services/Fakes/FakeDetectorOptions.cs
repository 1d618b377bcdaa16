using LiveData.Geometry.Nexus;

namespace LiveData.Services.Fakes;

/// <summary>How the fake detector producer runs: instrument, and events (ev44) or area-detector images (ad00).</summary>
/// <param name="RateMultiplier">Scales the instrument's nominal events per pulse (load and benchmark runs).</param>
/// <param name="Replay">A recorded run whose detector events are replayed (ev44 mode) instead of random ones.</param>
/// <param name="ReplayOnce">Replay every recorded pulse once, then publish nothing more (instead of looping).</param>
public sealed record FakeDetectorOptions(string Instrument, FakeDetectorMode Mode, double RateMultiplier = 1, RecordedRun? Replay = null, bool ReplayOnce = false)
{
    public int EventsPerPulse(int nominal) => Math.Max(1, (int)Math.Round(nominal * RateMultiplier));
}

public enum FakeDetectorMode
{
    Ev44,
    Ad00,
}
