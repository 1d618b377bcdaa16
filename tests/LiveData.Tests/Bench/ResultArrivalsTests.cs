using LiveData.Bench.Cluster;
using LiveData.Dashboard;
using LiveData.Dashboard.Data;
using LiveData.Dashboard.Jobs;

namespace LiveData.Tests.Bench;

public class ResultArrivalsTests
{
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private static readonly DataKey Current = new(Monitors, "monitor1", "current");
    private static readonly DataKey Cumulative = new(Monitors, "monitor1", "cumulative");
    private readonly DataService _data = new();
    private readonly DashboardResults _results;

    public ResultArrivalsTests() => _results = new DashboardResults(_data, new ActiveJobRegistry());

    private static DataArray Window(long startNs, long endNs) => new DataArray("Histogram update", Variable.Scalar(1.0, "counts"), [])
        .WithCoord("start_time", Variable.Scalar(startNs, "ns"))
        .WithCoord("time", Variable.Scalar(endNs, "ns"));

    [Fact]
    public void Records_each_watched_result_with_its_window_and_the_wall_time_it_was_stored()
    {
        using var arrivals = new ResultArrivals(_results, key => key.OutputName == "current");
        var before = LiveData.Core.Time.EpochNanoseconds.Now(TimeProvider.System);

        _data.Set(Current, Window(10, 20), JobNumber.New());
        _data.Set(Cumulative, Window(0, 20), JobNumber.New());

        var after = LiveData.Core.Time.EpochNanoseconds.Now(TimeProvider.System);
        var arrival = arrivals.Snapshot().Should().ContainSingle().Which;
        arrival.Key.Should().Be(Current);
        (arrival.StartNs, arrival.EndNs).Should().Be((10L, 20L));
        arrival.ArrivedNs.Should().BeInRange(before, after);
    }

    [Fact]
    public void A_result_without_time_coords_is_recorded_without_a_window()
    {
        using var arrivals = new ResultArrivals(_results, _ => true);

        _data.Set(Current, new DataArray("Total", Variable.Scalar(1.0, "counts"), []), JobNumber.New());

        var arrival = arrivals.Snapshot().Should().ContainSingle().Which;
        (arrival.StartNs, arrival.EndNs).Should().Be(((long?)null, (long?)null));
    }

    [Fact]
    public void Stops_recording_once_disposed()
    {
        var arrivals = new ResultArrivals(_results, _ => true);
        arrivals.Dispose();

        _data.Set(Current, Window(10, 20), JobNumber.New());

        arrivals.Snapshot().Should().BeEmpty();
    }

    [Fact]
    public async Task Waiting_for_results_that_do_not_come_says_what_was_awaited_and_what_arrived()
    {
        using var arrivals = new ResultArrivals(_results, _ => true);
        _data.Set(Current, Window(10, 20), JobNumber.New());

        var wait = () => arrivals.WaitUntilAsync(a => a.Count >= 2, "two results", TimeSpan.FromMilliseconds(200), TestContext.Current.CancellationToken);

        await wait.Should().ThrowAsync<TimeoutException>().WithMessage($"No two results*{Current}: 1*");
    }

    [Fact]
    public async Task Waiting_ends_once_the_condition_holds()
    {
        using var arrivals = new ResultArrivals(_results, _ => true);
        var waiting = arrivals.WaitUntilAsync(a => a.Count >= 1, "a result", TimeSpan.FromMinutes(1), TestContext.Current.CancellationToken);

        _data.Set(Current, Window(10, 20), JobNumber.New());

        await waiting;
        arrivals.Snapshot().Should().HaveCount(1);
    }
}
