using System.Text;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Commands;
using LiveData.Services.Backend;
using LiveData.Services.Routing;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
using LiveData.Wire.X5f2;
using Microsoft.Extensions.Logging;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

public sealed class RawMessageAdapterTests
{
    private const string BeamMonitor = "dummy_beam_monitor";
    private const string Commands = "dummy_livedata_commands";
    private readonly ManualClock _clock = new();
    private readonly StreamStatisticsCollector _statistics;
    private readonly ListLogger<RawMessageAdapter> _logger = new();
    private readonly RawMessageAdapter _adapter;

    public RawMessageAdapterTests()
    {
        _statistics = new StreamStatisticsCollector(_clock, TimeSpan.FromSeconds(30));
        var topics = InstrumentTopics.For("dummy");
        _adapter = new RawMessageAdapter(topics, BackendServiceCatalog.RoutesFor("monitor_data", InstrumentCatalog.Get("dummy"), topics), _statistics, _logger);
    }

    private static KafkaRecord Record(string topic, byte[] value, long timestampMs = 0) => new(topic, 0, 17, value, timestampMs);

    private IReadOnlyList<StreamCount> Counts()
    {
        _clock.Advance(TimeSpan.FromSeconds(30));
        return _statistics.TakeIfDue()!.Streams;
    }

    public static TheoryData<string, byte[]> Malformed()
    {
        var ev44 = Ev44("monitor1", 5 * Second, [1, 2, 3]);
        return new TheoryData<string, byte[]>
        {
            { "garbage", Encoding.ASCII.GetBytes("this is not a flatbuffer at all") },
            { "empty", [] },
            { "truncated ev44", ev44[..(ev44.Length / 2)] },
            { "ev44 without event vectors", Ev44Encoder.EncodeWithoutEventVectors("monitor1", 1) },
            { "f144 on the monitor topic", F144Codec.Encode(new F144LogData("monitor1", 5, F144Value.Scalar(1.0))) },
            { "x5f2 on the monitor topic", X5f2Codec.Encode(new X5f2Status("a", "b", "c", "d", 1, 2, "{}")) },
            { "unknown schema id", [0, 0, 0, 0, (byte)'z', (byte)'z', (byte)'z', (byte)'z', 0, 0, 0, 0] },
        };
    }

    [Fact]
    public void A_monitor_ev44_becomes_a_stream_message_timed_by_its_last_pulse()
    {
        var payload = Ev44Encoder.Encode("monitor1", 0, [5 * Second, 6 * Second], [0, 2], [1, 2, 3], [1, 1, 1]);

        var message = _adapter.Adapt(Record(BeamMonitor, payload, timestampMs: 99));

        var data = message.Should().BeOfType<EventMessage>().Subject;
        data.Stream.Should().Be("monitor1");
        data.TimestampNs.Should().Be(6 * Second);
        data.Ev44.ToArray().Should().Equal(payload);
        Counts().Should().Equal(new StreamCount(BeamMonitor, "monitor1", "monitor1", 1));
    }

    [Fact]
    public void An_ev44_without_pulses_is_timed_by_the_broker_timestamp()
    {
        var payload = Ev44Encoder.Encode("monitor2", 0, [], [], [], []);

        var message = _adapter.Adapt(Record(BeamMonitor, payload, timestampMs: 1_767_225_600_123));

        message.Should().BeOfType<EventMessage>().Which.TimestampNs.Should().Be(1_767_225_600_123_000_000);
    }

    [Fact]
    public void A_monitor_ev44_whose_pixel_ids_do_not_match_is_still_accepted()
    {
        var payload = Ev44Encoder.Encode("monitor1", 0, [5 * Second], [0], [1, 2, 3], [1]);

        _adapter.Adapt(Record(BeamMonitor, payload)).Should().BeOfType<EventMessage>();
    }

    [Fact]
    public void An_unmapped_source_is_dropped_and_counted_as_unmapped_without_a_warning()
    {
        var message = _adapter.Adapt(Record(BeamMonitor, Ev44("monitor7", 5 * Second, [1])));

        message.Should().BeNull();
        Counts().Should().Equal(new StreamCount(BeamMonitor, "monitor7", "<unmapped>", 1));
        _logger.AtLeast(LogLevel.Warning).Should().BeEmpty();
        _statistics.TotalErrors.Should().Be(0);
    }

    [Theory]
    [MemberData(nameof(Malformed))]
    public void A_malformed_data_message_is_logged_counted_as_error_and_dropped(string what, byte[] payload)
    {
        var message = _adapter.Adapt(Record(BeamMonitor, payload));

        message.Should().BeNull(what);
        _statistics.TotalErrors.Should().Be(1);
        Counts().Should().Equal(new StreamCount(BeamMonitor, "", "<error>", 1));
        _logger.AtLeast(LogLevel.Warning).Should().ContainSingle().Which.Should().Contain(BeamMonitor);
    }

    [Fact]
    public void An_ev44_on_a_topic_the_service_does_not_route_is_an_error()
    {
        _adapter.Adapt(Record("dummy_detector", Ev44("panel_0", 5 * Second, [1]))).Should().BeNull();

        _statistics.TotalErrors.Should().Be(1);
    }

    [Fact]
    public void A_command_becomes_a_command_message()
    {
        var json = """{"kind":"job_command","message_id":"m","job_id":null,"workflow_id":null,"action":"stop"}""";

        var message = _adapter.Adapt(Record(Commands, Encoding.UTF8.GetBytes(json)));

        message.Should().BeOfType<CommandMessage>().Which.Command.Should().Be(new JobCommand("m", null, null, JobAction.Stop));
    }

    [Theory]
    [InlineData("{not json")]
    [InlineData("""{"kind":"launch_rockets"}""")]
    [InlineData("""{"kind":"job_command","action":"explode"}""")]
    [InlineData("")]
    public void An_invalid_command_is_logged_counted_as_error_and_dropped(string json)
    {
        var message = _adapter.Adapt(Record(Commands, Encoding.UTF8.GetBytes(json)));

        message.Should().BeNull();
        Counts().Should().Equal(new StreamCount(Commands, "", "<error>", 1));
        _logger.AtLeast(LogLevel.Warning).Should().ContainSingle();
    }

    [Fact]
    public void A_command_with_a_wrongly_typed_field_is_dropped_like_any_invalid_command()
    {
        var json = """{"kind":"workflow_config","identifier":{"instrument":"dummy","name":"monitor_histogram","version":"1"},"job_id":{"source_name":"monitor1","job_number":"5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80"}}""";

        var adapt = () => _adapter.Adapt(Record(Commands, Encoding.UTF8.GetBytes(json)));

        adapt.Should().NotThrow().Which.Should().BeNull();
        _statistics.TotalErrors.Should().Be(1);
    }
}

public sealed class MonitorHistogramAdaptationTests
{
    private readonly RawMessageAdapter _adapter;
    private readonly StreamStatisticsCollector _statistics = new(new ManualClock(), TimeSpan.FromSeconds(30));

    public MonitorHistogramAdaptationTests()
    {
        var topics = InstrumentTopics.For("dummy");
        _adapter = new RawMessageAdapter(topics, BackendServiceCatalog.RoutesFor("monitor_data", InstrumentCatalog.Get("dummy"), topics), _statistics, new ListLogger<RawMessageAdapter>());
    }

    private static byte[] Histogram(string source, string edgesUnit, double[] edges, long[] counts, long timestamp = 42) =>
        Da00Codec.Encode(new Da00DataArray(source, timestamp,
        [
            Da00Variable.Int64s("signal", "counts", ["frame_time"], [counts.Length], counts),
            Da00Variable.Doubles("frame_time", edgesUnit, ["frame_time"], [edges.Length], edges),
        ]));

    [Fact]
    public void A_da00_monitor_histogram_becomes_counts_over_edges_in_nanoseconds()
    {
        var message = _adapter.Adapt(new KafkaRecord("dummy_beam_monitor", 0, 0, Histogram("monitor2", "ms", [0, 1, 2], [3, 4]), 0));

        var histogram = message.Should().BeOfType<HistogramMessage>().Subject;
        histogram.Stream.Should().Be("monitor2");
        histogram.TimestampNs.Should().Be(42);
        histogram.Counts.EdgesNs.Should().Equal(0, 1e6, 2e6);
        histogram.Counts.Counts.Should().Equal(3, 4);
    }

    [Theory]
    [InlineData("m")]
    [InlineData(null)]
    public void A_histogram_whose_edges_have_no_time_unit_is_dropped_as_an_error(string? unit)
    {
        var message = _adapter.Adapt(new KafkaRecord("dummy_beam_monitor", 0, 0, Histogram("monitor1", unit!, [0, 1, 2], [3, 4]), 0));

        message.Should().BeNull();
        _statistics.TotalErrors.Should().Be(1);
    }
}
