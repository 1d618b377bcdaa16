namespace LiveData.Bench.Pipeline;

/// <summary>
/// One rung of the rate ladder as measured over its window. Rates are detector events per second;
/// lags are how far the newest result's data time trailed the wall clock when it arrived.
/// </summary>
/// <param name="Multiplier">The fakes' --rate-multiplier.</param>
/// <param name="OfferedEventsPerSecond">What the fake is asked to publish (events per pulse × streams × 14 Hz).</param>
/// <param name="ProducedEventsPerSecond">What reached the broker, from the topic's high watermarks.</param>
/// <param name="ProcessedEventsPerDataSecond">Events the jobs histogrammed per second of data time (loss shows here).</param>
/// <param name="DataSeconds">The data time the window's results span.</param>
/// <param name="LagAtStartSeconds">Result lag behind the wall clock at the window's first result.</param>
/// <param name="LagAtEndSeconds">Result lag at the window's last result.</param>
/// <param name="BytesPerEvent">Wire bytes per event of this rung's messages.</param>
/// <param name="ServiceCpuSeconds">CPU time the detector_data worker(s) used over the window.</param>
public sealed record StepMeasurement(
    double Multiplier,
    double OfferedEventsPerSecond,
    double ProducedEventsPerSecond,
    double ProcessedEventsPerDataSecond,
    double DataSeconds,
    double LagAtStartSeconds,
    double LagAtEndSeconds,
    double BytesPerEvent,
    double ServiceCpuSeconds)
{
    public double LagGrowthSeconds => LagAtEndSeconds - LagAtStartSeconds;

    /// <summary>
    /// What the service got through per wall second: the data it processed over the time it took,
    /// which is the data span plus however much further behind it fell.
    /// </summary>
    public double SustainedEventsPerSecond =>
        DataSeconds > 0 ? ProcessedEventsPerDataSecond * DataSeconds / (DataSeconds + Math.Max(0, LagGrowthSeconds)) : 0;

    public double SustainedMegabytesPerSecond => SustainedEventsPerSecond * BytesPerEvent / 1e6;

    public double OfferedMegabytesPerSecond => OfferedEventsPerSecond * BytesPerEvent / 1e6;

    /// <summary>Events histogrammed per CPU-second of the service: its per-core rate.</summary>
    public double EventsPerCpuSecond => ServiceCpuSeconds > 0 ? ProcessedEventsPerDataSecond * DataSeconds / ServiceCpuSeconds : 0;

    public StepVerdict Verdict => StepVerdicts.Decide(this);
}
