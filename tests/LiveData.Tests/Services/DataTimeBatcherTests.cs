using LiveData.Services.Batching;
using LiveData.Services.Routing;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

public sealed class DataTimeBatcherTests
{
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(3);
    private readonly ManualClock _clock = new();
    private readonly DataTimeBatcher _batcher;

    public DataTimeBatcherTests() => _batcher = new DataTimeBatcher(Second, _clock, Backstop);

    private static StreamMessage At(long timeNs, string stream = "monitor1") => new EventMessage(stream, timeNs, Array.Empty<byte>());

    private List<MessageBatch> Feed(params long[] timesNs) => [.. timesNs.SelectMany(t => _batcher.Add(At(t)))];

    [Fact]
    public void Messages_inside_the_open_window_close_nothing()
    {
        Feed(10 * Second, 10 * Second + 1, 11 * Second - 1).Should().BeEmpty();
    }

    [Fact]
    public void The_window_closes_on_the_first_message_at_its_end()
    {
        Feed(10 * Second, 10 * Second + Second / 2);

        var closed = _batcher.Add(At(11 * Second));

        var batch = closed.Should().ContainSingle().Subject;
        batch.StartNs.Should().Be(10 * Second);
        batch.EndNs.Should().Be(11 * Second);
        batch.Messages.Select(m => m.TimestampNs).Should().Equal(10 * Second, 10 * Second + Second / 2);
    }

    [Fact]
    public void The_message_that_closes_a_window_opens_the_next_one()
    {
        Feed(10 * Second, 11 * Second + 5);

        var closed = _batcher.Add(At(12 * Second));

        closed.Single().StartNs.Should().Be(11 * Second);
        closed.Single().Messages.Select(m => m.TimestampNs).Should().Equal(11 * Second + 5);
    }

    [Fact]
    public void The_first_message_anchors_the_grid()
    {
        var closed = Feed(10 * Second + 300, 11 * Second + 299, 11 * Second + 300);

        closed.Should().ContainSingle().Which.Should().Match<MessageBatch>(b => b.StartNs == 10 * Second + 300 && b.EndNs == 11 * Second + 300);
        closed[0].Messages.Should().HaveCount(2);
    }

    [Fact]
    public void A_gap_skips_empty_windows_but_keeps_the_grid()
    {
        var closed = Feed(10 * Second, 13 * Second + Second / 2, 14 * Second);

        closed.Select(b => (b.StartNs, b.EndNs)).Should().Equal((10 * Second, 11 * Second), (13 * Second, 14 * Second));
        closed[1].Messages.Select(m => m.TimestampNs).Should().Equal(13 * Second + Second / 2);
    }

    [Fact]
    public void Late_messages_join_the_open_window()
    {
        var closed = Feed(10 * Second, 11 * Second, 10 * Second + 5, 9 * Second, 12 * Second);

        closed[1].StartNs.Should().Be(11 * Second);
        closed[1].Messages.Select(m => m.TimestampNs).Should().Equal(11 * Second, 10 * Second + 5, 9 * Second);
    }

    [Fact]
    public void Batches_group_messages_by_stream()
    {
        _batcher.Add(At(10 * Second, "monitor1"));
        _batcher.Add(At(10 * Second + 1, "monitor2"));
        _batcher.Add(At(10 * Second + 2, "monitor1"));

        var batch = _batcher.Add(At(11 * Second)).Single();

        batch.ByStream.ToDictionary(g => g.Key, g => g.Count()).Should().Equal(new Dictionary<string, int> { ["monitor1"] = 2, ["monitor2"] = 1 });
    }

    [Fact]
    public void CloseIfStalled_does_nothing_before_any_message()
    {
        _clock.Advance(TimeSpan.FromMinutes(1));

        _batcher.CloseIfStalled().Should().BeNull();
    }

    [Fact]
    public void CloseIfStalled_keeps_the_window_open_until_the_backstop_passes()
    {
        Feed(10 * Second);
        _clock.Advance(Backstop - TimeSpan.FromMilliseconds(1));

        _batcher.CloseIfStalled().Should().BeNull();
    }

    [Fact]
    public void CloseIfStalled_closes_the_open_window_once_the_backstop_passed()
    {
        Feed(10 * Second, 10 * Second + 7);
        _clock.Advance(Backstop);

        var batch = _batcher.CloseIfStalled();

        batch.Should().NotBeNull();
        batch!.StartNs.Should().Be(10 * Second);
        batch.EndNs.Should().Be(11 * Second);
        batch.Messages.Should().HaveCount(2);
    }

    [Fact]
    public void After_a_stall_close_the_next_window_continues_the_grid()
    {
        Feed(10 * Second);
        _clock.Advance(Backstop);
        _batcher.CloseIfStalled();

        var closed = Feed(11 * Second + 1, 12 * Second);

        closed.Single().Should().Match<MessageBatch>(b => b.StartNs == 11 * Second && b.EndNs == 12 * Second && b.Messages.Count == 1);
    }

    [Fact]
    public void CloseIfStalled_does_not_close_an_empty_window()
    {
        Feed(10 * Second);
        _clock.Advance(Backstop);
        _batcher.CloseIfStalled();
        _clock.Advance(Backstop);

        _batcher.CloseIfStalled().Should().BeNull();
    }

    [Fact]
    public void The_stall_timer_restarts_when_data_moves_the_window_on()
    {
        Feed(10 * Second);
        _clock.Advance(TimeSpan.FromSeconds(2));
        Feed(11 * Second);
        _clock.Advance(TimeSpan.FromSeconds(2));

        _batcher.CloseIfStalled().Should().BeNull();
    }

    [Fact]
    public void WindowSeconds_reports_the_window_length()
    {
        _batcher.WindowSeconds.Should().Be(1.0);
        new DataTimeBatcher(DataTimeBatcher.DefaultWindowNs, _clock, Backstop).WindowSeconds.Should().Be(1.0);
    }

    [Fact]
    public void A_single_far_future_timestamp_does_not_drag_the_window_grid()
    {
        // Spec §5.2/§10: a timestamp more than 3 windows ahead of the bulk cannot drag the window
        // (plausible-anchor rule), so far-future data must not poison the window times of normal data.
        var year2200 = new DateTimeOffset(2200, 1, 1, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000;
        var pulse = Second / 14;
        var closed = new List<MessageBatch>();
        for (var t = 10 * Second; t <= 12 * Second; t += pulse)
        {
            closed.AddRange(_batcher.Add(At(t)));
            if (t == 10 * Second + 7 * pulse)
            {
                closed.AddRange(_batcher.Add(At(year2200)));
            }
        }
        closed.AddRange(_batcher.Add(At(12 * Second)));

        closed.Should().NotBeEmpty();
        closed.Should().OnlyContain(b => b.StartNs < 13 * Second, "no window may start in the year 2200");
        closed[^1].EndNs.Should().Be(12 * Second, "normal data keeps closing windows on its own grid");
    }
}
