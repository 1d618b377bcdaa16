using LiveData.Web.Plots;

namespace LiveData.Tests.Web;

/// <summary>What one browser is sent: newest values only, each at most once per interval, and which results are gone.</summary>
public sealed class PlotFeedTests
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);
    private static readonly DataKey Key = new(new WorkflowId("dummy", "monitor_histogram", 1), "monitor1", "counts_total");
    private readonly ManualClock _clock = new();

    private static DataArray Value(long counts) => new("total", Variable.Scalar(counts, "counts"), []);

    [Fact]
    public void Sends_a_new_result_at_once_and_an_unchanged_one_never_again()
    {
        var feed = new PlotFeed(_clock, Interval);
        var results = new Dictionary<DataKey, DataArray> { [Key] = Value(1) };

        feed.Take(results).Updates.Should().ContainSingle().Which.Value.Should().Be(1);
        _clock.Advance(Interval * 4);
        feed.Take(results).Updates.Should().BeEmpty();
    }

    [Fact]
    public void Holds_back_a_change_within_the_interval_and_then_sends_only_the_newest()
    {
        var feed = new PlotFeed(_clock, Interval);
        feed.Take(new Dictionary<DataKey, DataArray> { [Key] = Value(1) });

        _clock.Advance(Interval / 2);
        feed.Take(new Dictionary<DataKey, DataArray> { [Key] = Value(2) }).Updates.Should().BeEmpty();
        _clock.Advance(Interval / 2);
        feed.Take(new Dictionary<DataKey, DataArray> { [Key] = Value(3) }).Updates.Should().ContainSingle().Which.Value.Should().Be(3);
    }

    [Fact]
    public void Names_the_results_that_are_gone_once()
    {
        var feed = new PlotFeed(_clock, Interval);
        feed.Take(new Dictionary<DataKey, DataArray> { [Key] = Value(1) });

        feed.Take(new Dictionary<DataKey, DataArray>()).Removed.Should().Equal(Key.ToString());
        feed.Take(new Dictionary<DataKey, DataArray>()).Removed.Should().BeEmpty();
    }
}
