namespace LiveData.Bench.Pipeline;

/// <summary>What one rung of the rate ladder showed.</summary>
public enum StepVerdict
{
    /// <summary>The service histogrammed what was produced without falling further behind.</summary>
    KeepsUp,

    /// <summary>Events were lost or results fell further behind the wall clock.</summary>
    ServiceFallsBehind,

    /// <summary>The fake could not publish the offered rate; the service was not the limit.</summary>
    ProducerFallsShort,
}

/// <summary>Decides a rung's verdict from its measurement; the thresholds leave room for timing noise.</summary>
public static class StepVerdicts
{
    /// <summary>Below this share of the offered rate reaching the broker, the producer is the limit.</summary>
    public const double MinProducedShare = 0.95;

    /// <summary>Below this share of the produced events histogrammed, events were lost.</summary>
    public const double MinProcessedShare = 0.95;

    /// <summary>Results trailing the wall clock by this much more at the end than at the start means a growing backlog.</summary>
    public const double MaxLagGrowthSeconds = 1.0;

    /// <summary>A backlog this large at the end means the service is behind, whatever the trend.</summary>
    public const double MaxLagSeconds = 5.0;

    public static StepVerdict Decide(StepMeasurement step)
    {
        if (step.ProducedEventsPerSecond < MinProducedShare * step.OfferedEventsPerSecond)
        {
            return StepVerdict.ProducerFallsShort;
        }
        var lost = step.ProcessedEventsPerDataSecond < MinProcessedShare * step.ProducedEventsPerSecond;
        var backlogGrows = step.LagGrowthSeconds > MaxLagGrowthSeconds || step.LagAtEndSeconds > MaxLagSeconds;
        return lost || backlogGrows ? StepVerdict.ServiceFallsBehind : StepVerdict.KeepsUp;
    }

    public static string Describe(StepVerdict verdict) => verdict switch
    {
        StepVerdict.KeepsUp => "keeps up",
        StepVerdict.ServiceFallsBehind => "service falls behind",
        _ => "producer falls short",
    };
}
