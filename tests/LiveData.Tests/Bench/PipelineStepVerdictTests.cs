using LiveData.Bench.Pipeline;

namespace LiveData.Tests.Bench;

/// <summary>How one rung of the pipeline bench's rate ladder is judged from what was measured.</summary>
public sealed class PipelineStepVerdictTests
{
    private static StepMeasurement Step(double offered = 1e6, double produced = 1e6, double processed = 1e6, double lagStart = 0.5, double lagEnd = 0.5) =>
        new(4, offered, produced, processed, DataSeconds: 4, lagStart, lagEnd, BytesPerEvent: 8, ServiceCpuSeconds: 2);

    [Fact]
    public void Processing_what_was_produced_without_growing_lag_keeps_up() => Step().Verdict.Should().Be(StepVerdict.KeepsUp);

    [Fact]
    public void Losing_events_falls_behind() => Step(processed: 0.9e6).Verdict.Should().Be(StepVerdict.ServiceFallsBehind);

    [Fact]
    public void A_growing_backlog_falls_behind_even_without_loss() => Step(lagStart: 0.5, lagEnd: 2).Verdict.Should().Be(StepVerdict.ServiceFallsBehind);

    [Fact]
    public void A_large_backlog_falls_behind_even_when_it_shrinks() => Step(lagStart: 9, lagEnd: 8).Verdict.Should().Be(StepVerdict.ServiceFallsBehind);

    [Fact]
    public void Missing_results_count_as_an_endless_backlog() => Step(lagEnd: double.PositiveInfinity).Verdict.Should().Be(StepVerdict.ServiceFallsBehind);

    [Fact]
    public void A_producer_below_the_offered_rate_is_the_limit_not_the_service() =>
        Step(produced: 0.8e6, processed: 0.5e6).Verdict.Should().Be(StepVerdict.ProducerFallsShort);

    [Fact]
    public void Sustained_rate_is_the_data_processed_over_the_time_it_took()
    {
        var keepingUp = Step(processed: 2e6);
        var fallingBehind = Step(processed: 2e6, lagStart: 1, lagEnd: 5);

        keepingUp.SustainedEventsPerSecond.Should().Be(2e6);
        fallingBehind.SustainedEventsPerSecond.Should().Be(2e6 * 4 / 8, "4 s of data took 4 s plus the 4 s it fell further behind");
        keepingUp.SustainedMegabytesPerSecond.Should().Be(16);
        keepingUp.EventsPerCpuSecond.Should().Be(4e6, "8e6 events over 2 CPU-seconds");
    }
}
