using LiveData.Bench.Cluster;
using LiveData.Bench.Latency;

namespace LiveData.Tests.Bench;

public class LatencySampleTests
{
    private const long Second = 1_000_000_000;
    private static readonly PulseGrid Grid = new(KnownPulseNs: 10 * Second, PeriodNs: Second / 10);
    private static readonly BenchStream Monitors = BenchStream.Monitors;

    private static ResultArrival Window(string source, long startNs, long endNs, long arrivedNs, WorkflowId? workflow = null) =>
        new(new DataKey(workflow ?? Monitors.Workflow, source, "current"), arrivedNs, startNs, endNs);

    [Fact]
    public void Latency_runs_from_the_newest_pulse_in_the_window_to_the_arrival()
    {
        // Window [11 s, 12 s): its newest pulse is at 11.9 s; the result arrived at 12.05 s.
        var samples = LatencySample.From([Window("monitor1", 11 * Second, 12 * Second, 12 * Second + (Second / 20))], Monitors, 10, Grid, warmUp: 0).ToList();

        samples.Should().ContainSingle().Which.Should().Be(new LatencySample("monitor", "monitor1", 10, 0.15));
    }

    [Fact]
    public void Windows_starting_before_the_known_pulse_may_hold_another_run_s_pulses_and_are_left_out()
    {
        var samples = LatencySample.From([Window("monitor1", 9 * Second, 10 * Second + 1, 11 * Second)], Monitors, 1, Grid, warmUp: 0);

        samples.Should().BeEmpty();
    }

    [Fact]
    public void The_first_results_of_each_source_are_warm_up_and_left_out()
    {
        ResultArrival[] arrivals =
        [
            Window("monitor1", 11 * Second, 12 * Second, 12 * Second + 1),
            Window("monitor2", 11 * Second, 12 * Second, 12 * Second + 2),
            Window("monitor1", 12 * Second, 13 * Second, 13 * Second + 3),
        ];

        var samples = LatencySample.From(arrivals, Monitors, 1, Grid, warmUp: 1).ToList();

        samples.Select(s => s.Source).Should().Equal("monitor1");
        samples[0].Seconds.Should().BeApproximately(0.1 + 3e-9, 1e-12);
    }

    [Fact]
    public void Results_of_other_workflows_are_not_this_stream_s()
    {
        var other = Window("panel_0", 11 * Second, 12 * Second, 12 * Second, BenchStream.Detectors.Workflow);

        LatencySample.From([other], Monitors, 1, Grid, warmUp: 0).Should().BeEmpty();
    }
}
