namespace LiveData.Services.Fakes;

/// <summary>How the fake detector producer runs: instrument, and events (ev44) or area-detector images (ad00).</summary>
public sealed record FakeDetectorOptions(string Instrument, FakeDetectorMode Mode);

public enum FakeDetectorMode
{
    Ev44,
    Ad00,
}
