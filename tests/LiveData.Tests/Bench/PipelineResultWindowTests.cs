using LiveData.Bench.Pipeline;

namespace LiveData.Tests.Bench;

/// <summary>What the pipeline bench reads from the cumulative totals the dashboard received in a window.</summary>
public sealed class PipelineResultWindowTests
{
    private const long Second = 1_000_000_000;

    private static (ResultSample, ResultSample) Span(double countsFrom, double countsTo, long dataFrom, long dataTo, double lagFrom, double lagTo) =>
        (new ResultSample(countsFrom, dataFrom * Second, (long)((dataFrom + lagFrom) * Second)),
         new ResultSample(countsTo, dataTo * Second, (long)((dataTo + lagTo) * Second)));

    [Fact]
    public void Rates_add_up_over_sources_per_second_of_data_time()
    {
        var window = new ResultWindow(new Dictionary<string, (ResultSample, ResultSample)>
        {
            ["a"] = Span(100, 500, 10, 14, 0.2, 0.4),
            ["b"] = Span(0, 200, 10, 12, 0.4, 0.6),
        }, expectedSources: 2);

        window.EventsPerDataSecond.Should().Be(100 + 100);
        window.DataSeconds.Should().Be(3);
        window.LagAtStartSeconds.Should().BeApproximately(0.3, 1e-9);
        window.LagAtEndSeconds.Should().BeApproximately(0.5, 1e-9);
    }

    [Fact]
    public void A_source_without_two_results_processed_nothing_and_leaves_the_lag_unbounded()
    {
        var window = new ResultWindow(new Dictionary<string, (ResultSample, ResultSample)>
        {
            ["a"] = Span(0, 300, 10, 13, 0.2, 0.2),
            ["b"] = Span(50, 50, 10, 10, 0.2, 0.2),
        }, expectedSources: 3);

        window.EventsPerDataSecond.Should().Be(100);
        window.LagAtEndSeconds.Should().Be(double.PositiveInfinity);
    }

    [Fact]
    public void The_sources_a_worker_took_jobs_for_are_read_from_its_log()
    {
        const string log = """
            [detector_data_1] 12:00:01 info: LiveData.Services.Jobs.JobManager[0] Scheduled job loki_detector_0/6f1c of loki/tube_view/1
            [detector_data_1] 12:00:01 info: LiveData.Services.Jobs.JobManager[0] Replaced job loki_detector_2/6f1c of loki/tube_view/1
            [detector_data_1] 12:00:01 info: LiveData.Services.Backend.ServiceCycle[0] Ack m1 for loki_detector_4
            """;

        ScheduledJobs.SourcesIn(log).Should().BeEquivalentTo(["loki_detector_0", "loki_detector_2"]);
    }
}
