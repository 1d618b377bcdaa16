using LiveData.Bench.Fuzz;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Rois;
using LiveData.Services.Backend;
using LiveData.Services.Routing;
using LiveData.Wire;
using LiveData.Wire.Ad00;
using LiveData.Wire.Da00;
using LiveData.Wire.F144;
using Microsoft.Extensions.Logging;

namespace LiveData.Tests.Services;

/// <summary>
/// Every schema a backend service reads, on the topic it reads it from: a malformed message is logged, counted as an
/// error in the stream statistics and skipped, and the next good message still gets through. Fuzzed variants of the
/// good message never make the adapter throw.
/// </summary>
public sealed class MalformedMessagesPerSchemaTests
{
    private const long Second = 1_000_000_000;
    private const int FuzzedMessages = 400;
    private static readonly InstrumentTopics Topics = InstrumentTopics.For("dummy");
    private readonly ManualClock _clock = new();
    private readonly ListLogger<RawMessageAdapter> _log = new();
    private readonly StreamStatisticsCollector _statistics;

    public MalformedMessagesPerSchemaTests() => _statistics = new StreamStatisticsCollector(_clock, TimeSpan.FromSeconds(30));

    public static TheoryData<string> Schemas => new(Cases.Keys.ToArray());

    /// <summary>Schema (and what of it) → the service reading it, its topic and a good message.</summary>
    private static Dictionary<string, (string Service, string Topic, byte[] Good)> Cases => new()
    {
        ["ev44 monitor events"] = ("monitor_data", Topics.BeamMonitor, MonitorEvents.Ev44("monitor1", 2 * Second, [1, 2, 3])),
        ["da00 monitor histogram"] = ("monitor_data", Topics.BeamMonitor, Da00Codec.Encode(new Da00DataArray("monitor1", 5,
        [
            Da00Variable.Int64s("signal", "counts", ["time"], [2], [3, 4]),
            Da00Variable.Doubles("time", "ms", ["time"], [3], [0, 1, 2]),
        ]))),
        ["ev44 detector events"] = ("detector_data", Topics.Detector, DetectorEvents.Ev44("panel_0", 2 * Second, 3, 1, 3)),
        ["ad00 area-detector image"] = ("detector_data", Topics.AreaDetector, Ad00Codec.Encode(Ad00Array.UInt16s("area_panel", 1, 9, [2, 2], [1, 2, 3, 4]))),
        ["da00 ROI"] = ("detector_data", Topics.Roi, RoiDa00.Encode(new JobId("panel_0", JobNumber.New()), RoiGeometry.Rectangle,
            new Dictionary<int, Roi> { [0] = new RectangleRoi(1, 3, 1, 3) })),
        ["f144 log"] = ("timeseries", Topics.Motion, F144Codec.Encode(new F144LogData("motion1", Second, F144Value.Scalar(1.5)))),
        ["command JSON"] = ("monitor_data", Topics.Commands, CommandJson.Serialize(new JobCommand("m1", null, null, JobAction.Stop))),
    };

    private RawMessageAdapter Adapter(string service) =>
        new(Topics, BackendServiceCatalog.RoutesFor(service, InstrumentCatalog.Get("dummy"), Topics), _statistics, _log);

    private long Errors(string topic)
    {
        _clock.Advance(TimeSpan.FromSeconds(30));
        return _statistics.TakeIfDue()?.Streams.Where(s => s.Topic == topic && s.Stream == StreamStatisticsCollector.ErrorStream).Sum(s => s.Count) ?? 0;
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void A_malformed_message_is_logged_counted_and_skipped_and_the_next_good_one_is_processed(string schema)
    {
        var (service, topic, good) = Cases[schema];
        var adapter = Adapter(service);

        var malformed = adapter.Adapt(new KafkaRecord(topic, 0, 1, good[..(good.Length / 2)], 0));
        var next = adapter.Adapt(new KafkaRecord(topic, 0, 2, good, 0));

        malformed.Should().BeNull();
        _log.AtLeast(LogLevel.Warning).Should().ContainSingle().Which.Should().Contain(topic).And.Contain("offset 1");
        next.Should().NotBeNull();
        Errors(topic).Should().Be(1);
    }

    [Theory]
    [MemberData(nameof(Schemas))]
    public void Fuzzed_messages_never_escape_the_adapter_and_every_rejection_is_logged_and_counted(string schema)
    {
        var (service, topic, good) = Cases[schema];
        var adapter = Adapter(service);
        var target = new FuzzTarget(schema, [new FuzzSeed(schema, good)], topic == Topics.Commands ? JsonMutator.Mutate : ByteMutator.Mutate, _ => { }, []);
        var fuzzer = new Fuzzer(7, TimeSpan.FromSeconds(10));

        var dropped = 0;
        for (var i = 0; i < FuzzedMessages; i++)
        {
            var record = new KafkaRecord(topic, 0, i, fuzzer.Build(target, i, null, out _), 0);
            var adapt = () => adapter.Adapt(record);
            dropped += adapt.Should().NotThrow().Subject is null ? 1 : 0;
        }

        var warnings = _log.AtLeast(LogLevel.Warning).Count();
        warnings.Should().BeGreaterThan(0, "mutations break most messages");
        Errors(topic).Should().Be(warnings);
        dropped.Should().BeGreaterThanOrEqualTo(warnings);
    }

    [Fact]
    public void A_monitor_histogram_whose_edges_are_text_is_an_error_not_a_crash()
    {
        // Fuzz finding (da00, run seed 20261124, message 68043): a flipped data_type made the edges a c_string.
        var payload = Convert.FromBase64String(
            "GAAAAGRhMDAAAAAAAAAKABQAEAAIAAQACgAAADgAAAAAACo2/pyXFwQAAAAgAAAAZHVtbXkvbW9uaXRvcjEvbW9uaXRvcv//aXN0b2dyYW0AAAAAAgAAANgAAAAEAAAARP///zQAAACMAAAAEAAAAAAAAAugAAAAiAAAAAEAAAAEAAAADwAAAHRpbWVfb2ZfYXJyaXZhbABYAAAAAAAAAAAAAABmZmZmZmYcQGZmZmZmZixAzMzMzMxMNUBmZmZmZmY8QAAAAAAAwEFAzMzMzMxMRUCZmZmZmdlIQGZmZmZmZkxAMzMzMzPzT0AAAAAAAMBRQAEAAAALAAAAAAAAAA8AAAB0aW1lX29mX2Fycml2YWwAAgAAAG1zAAAUABwAGAAUAAAAAAATAAwACAAEABQAAAA0AAAAhAAAABAAAAAAAAAKkAAAAIAAAAABAAAABAAAAA8AAAB0aW1lX29mX2Fycml2YWwAUAAAAKB0bIb/ssk/AI2yKeAV1D9YFTLrci3KPxB3N5W8Ytw/HqbQooN62T8f/H+P5RTsP0RoGUEQZ8k/YTfL2r3R7D/fzSXFKx/uP4ksiLLYfuM/AQAAAAoAAAAAAAAABgAAAHNpZ25hbAAABgAAAGNvdW50cwAA");
        var message = Da00Codec.Decode(payload);

        var read = () => MonitorHistogramDa00.Counts(message);

        read.Should().Throw<WireFormatException>().WithMessage("*edges 'time_of_arrival' must be numeric*");
    }
}
