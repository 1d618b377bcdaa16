using System.Text;
using LiveData.Messaging.Kafka;
using LiveData.Protocol.Rois;
using LiveData.Services.Backend;
using LiveData.Services.Routing;
using LiveData.Wire.Ad00;
using LiveData.Wire.Da00;
using LiveData.Wire.F144;
using LiveData.Workflows.DetectorView;

namespace LiveData.Tests.Services;

/// <summary>The detector, area-detector, log and ROI topics: what each accepts, and what it counts as an error.</summary>
public sealed class RawMessageAdapterSchemaTests
{
    private static readonly InstrumentTopics Topics = InstrumentTopics.For("dummy");
    private readonly ManualClock _clock = new();
    private readonly StreamStatisticsCollector _statistics;

    public RawMessageAdapterSchemaTests() => _statistics = new StreamStatisticsCollector(_clock, TimeSpan.FromSeconds(30));

    private AdaptedMessage? Adapt(string service, string topic, byte[] value) =>
        new RawMessageAdapter(Topics, BackendServiceCatalog.RoutesFor(service, InstrumentCatalog.Get("dummy"), Topics), _statistics, new ListLogger<RawMessageAdapter>())
            .Adapt(new KafkaRecord(topic, 0, 1, value, 0));

    private long Errors()
    {
        _clock.Advance(TimeSpan.FromSeconds(30));
        return _statistics.TakeIfDue()!.Streams.Where(s => s.Stream == StreamStatisticsCollector.ErrorStream).Sum(s => s.Count);
    }

    [Fact]
    public void Detector_events_are_routed_by_source_name() =>
        Adapt("detector_data", Topics.Detector, DetectorEvents.Ev44("panel_0", 7, 3, 1, 3)).Should().BeOfType<EventMessage>().Which.Stream.Should().Be("panel_0");

    [Fact]
    public void Area_detector_images_become_image_messages()
    {
        var image = Ad00Array.UInt16s("area_panel", 1, 9, [256, 256], new ushort[256 * 256]);

        var message = Adapt("detector_data", Topics.AreaDetector, Ad00Codec.Encode(image)).Should().BeOfType<ImageMessage>().Subject;

        (message.Stream, message.TimestampNs).Should().Be(("area_panel", 9));
    }

    [Fact]
    public void Log_values_become_samples_at_their_own_timestamp() =>
        Adapt("timeseries", Topics.Motion, F144Codec.Encode(new F144LogData("motion1", 42, F144Value.Scalar(3L))))
            .Should().Be(new LogMessage("motion1", 42, 3.0));

    [Fact]
    public void Array_logs_are_counted_as_errors()
    {
        Adapt("timeseries", Topics.Motion, F144Codec.Encode(new F144LogData("motion1", 42, F144Value.Array([1.0, 2.0])))).Should().BeNull();

        Errors().Should().Be(1);
    }

    [Fact]
    public void Rois_address_a_job_with_screen_regions()
    {
        var job = new JobId("panel_0", JobNumber.New());
        var payload = RoiDa00.Encode(job, RoiGeometry.Rectangle, new Dictionary<int, Roi> { [1] = new RectangleRoi(10, 60, 20, 70) });

        var message = Adapt("detector_data", Topics.Roi, payload).Should().BeOfType<RoiMessage>().Subject;

        message.Job.Should().Be(job);
        message.Rois.Rectangles.Should().BeTrue();
        message.Rois.Regions.Should().ContainKey(1).WhoseValue.Should().Be(new RectangleRegion(10, 60, 20, 70));
    }

    [Theory]
    [InlineData("panel_0/not-a-uuid/roi_rectangle")]
    [InlineData("panel_0/roi_rectangle")]
    [InlineData("panel_0/3f0c7d8e-0000-4000-8000-000000000000/roi_circle")]
    public void Rois_with_an_unreadable_address_are_counted_as_errors(string sourceName)
    {
        var payload = Da00Codec.Encode(new Da00DataArray(sourceName, 0, [Da00Variable.Int32s("signal", null, ["bounds"], [0], [])]));

        Adapt("detector_data", Topics.Roi, payload).Should().BeNull();

        Errors().Should().Be(1);
    }

    [Theory]
    [InlineData("garbage")]
    [InlineData("ev44 on the area-detector topic")]
    [InlineData("truncated ad00")]
    public void Malformed_area_detector_messages_are_counted_and_dropped(string kind)
    {
        var ad00 = Ad00Codec.Encode(Ad00Array.UInt16s("area_panel", 1, 9, [2, 2], [1, 2, 3, 4]));
        var payload = kind switch
        {
            "garbage" => Encoding.ASCII.GetBytes("no flatbuffer here"),
            "ev44 on the area-detector topic" => DetectorEvents.Ev44("area_panel", 1, 1, 1, 1),
            _ => ad00[..(ad00.Length / 2)],
        };

        Adapt("detector_data", Topics.AreaDetector, payload).Should().BeNull();

        Errors().Should().Be(1);
    }
}
