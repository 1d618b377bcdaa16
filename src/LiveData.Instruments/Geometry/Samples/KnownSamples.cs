namespace LiveData.Instruments.Geometry.Samples;

/// <summary>Every known-answer sample, by instrument and name.</summary>
public static class KnownSamples
{
    public static IReadOnlyList<IKnownSample> All { get; } =
    [
        new SiliconPowder(),
        new VanadiumPowder(),
        new LokiSpheres(),
        new CriticalEdgeSample(),
        new ElasticLine(),
        new AcousticDispersion(),
    ];

    public static IEnumerable<IKnownSample> For(string instrument) => All.Where(s => s.Instrument == instrument);

    /// <exception cref="ArgumentException">The instrument has no sample of that name; the message lists its samples.</exception>
    public static IKnownSample Get(string instrument, string name) =>
        All.FirstOrDefault(s => s.Instrument == instrument && s.Name == name)
        ?? throw new ArgumentException($"{instrument} has no known-answer sample '{name}'. Known: {string.Join(", ", For(instrument).Select(s => s.Name).DefaultIfEmpty("none"))}");
}
