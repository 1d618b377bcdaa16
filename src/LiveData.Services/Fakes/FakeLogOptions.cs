namespace LiveData.Services.Fakes;

/// <summary>Which instrument the fake log producer publishes for.</summary>
public sealed record FakeLogOptions(string Instrument);
