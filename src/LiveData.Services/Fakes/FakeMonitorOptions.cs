namespace LiveData.Services.Fakes;

/// <summary>How the fake monitor producer runs: instrument, ev44 or da00, how many monitors (clamped to 1..10).</summary>
public sealed record FakeMonitorOptions(string Instrument, FakeMonitorMode Mode, int NumMonitors)
{
    public int MonitorCount => Math.Clamp(NumMonitors, 1, 10);
}

public enum FakeMonitorMode
{
    Ev44,
    Da00,
}
