namespace LiveData.Bench.Pipeline;

/// <summary>
/// How many detector_data workers (one core each) and topic partitions a Kafka cluster needs for an
/// instrument's peak event rate, from the per-core service rate and per-partition broker rate measured here.
/// </summary>
/// <param name="Instrument">e.g. "DREAM".</param>
/// <param name="PeakEventsPerSecond">The instrument's peak detector event rate.</param>
/// <param name="BytesPerEvent">Wire bytes per event (ev44: pixel id and time of arrival plus message overhead).</param>
/// <param name="EventsPerSecondPerCore">What one detector_data worker histograms per CPU-second.</param>
/// <param name="MegabytesPerSecondPerPartition">What one partition carries, produce to consume.</param>
public sealed record ScaleOutSizing(string Instrument, double PeakEventsPerSecond, double BytesPerEvent, double EventsPerSecondPerCore, double MegabytesPerSecondPerPartition)
{
    public double PeakMegabytesPerSecond => PeakEventsPerSecond * BytesPerEvent / 1e6;

    public int Workers => Needed(PeakEventsPerSecond, EventsPerSecondPerCore);

    public int Partitions => Needed(PeakMegabytesPerSecond, MegabytesPerSecondPerPartition);

    /// <summary>ESS's peak detector rates (events/s) the issue sizes for.</summary>
    public static IReadOnlyList<(string Instrument, double PeakEventsPerSecond)> EssPeaks { get; } =
    [
        ("DREAM", 7.5e7),
        ("BEER", 5e7),
        ("LOKI", 1e7),
    ];

    private static int Needed(double demand, double perUnit)
    {
        if (!(perUnit > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(perUnit), perUnit, "the measured rate per worker or partition must be positive");
        }
        return Math.Max(1, (int)Math.Ceiling(demand / perUnit));
    }
}
