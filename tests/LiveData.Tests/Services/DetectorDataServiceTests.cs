using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

/// <summary>Upstream's detector_data_test in process: configure a detector view, feed events, stop.</summary>
public sealed class DetectorDataServiceTests
{
    public static TheoryData<string, string, string, string, int, int, int> Views => new()
    {
        { "dummy", "panel_0_xy", "panel_0", "panel_0", 1, 16384, 10 },
        { "bifrost", "unified_detector_view", "unified_detector", "125_channel_1_1_triplet", 1, 2700, 11 },
        { "dream", "wire_view", "mantle_detector", "mantle_detector", 229377, 720896, 10 },
        { "loki", "tube_view", "loki_detector_0", "loki_detector_0", 1, 802816, 6 },
    };

    [Theory]
    [MemberData(nameof(Views))]
    public void Can_configure_and_stop_a_detector_view(string instrument, string workflow, string detector, string rawSource, int first, int last, int outputs)
    {
        var service = new ServiceHarness(instrument, "detector_data");
        var events = (long time, int count) => service.Add(service.Topics.Detector, DetectorEvents.Ev44(rawSource, time, count, first, last));
        service.Start(workflow, detector);
        service.Step();
        service.Results().Should().BeEmpty();

        events(2 * Second, 2000);
        service.Step();
        service.Results().Should().HaveCount(outputs);
        service.Latest("cumulative").Data.Sum().Should().Be(2000);
        service.Latest("current").Data.Sum().Should().Be(2000);

        service.Step();
        service.Results().Should().HaveCount(outputs, "no data, no results");

        events(4 * Second, 3000);
        service.Step();
        service.Results().Should().HaveCount(2 * outputs);
        service.Latest("cumulative").Data.Sum().Should().Be(5000);
        service.Latest("current").Data.Sum().Should().Be(3000);

        events(4 * Second, 1000);
        events(5 * Second, 1000);
        service.Step();
        service.Latest("cumulative").Data.Sum().Should().Be(7000);
        service.Latest("current").Data.Sum().Should().Be(2000);

        service.Command(new JobCommand("stop", null, null, JobAction.Stop));
        events(6 * Second, 1000);
        service.Step();
        service.Results().Should().HaveCount(3 * outputs, "a stopped job publishes nothing");
    }

    [Fact]
    public void Roi_spectra_follow_the_rectangles_sent_for_the_job()
    {
        var service = new ServiceHarness("dummy", "detector_data");
        var job = service.Start("panel_0_xy", "panel_0");
        service.Step();
        service.Add(service.Topics.Roi, LiveData.Protocol.Rois.RoiDa00.Encode(job, LiveData.Protocol.Rois.RoiGeometry.Rectangle,
            new Dictionary<int, LiveData.Protocol.Rois.Roi> { [0] = new LiveData.Protocol.Rois.RectangleRoi(0, 128, 0, 64) }));
        service.Add(service.Topics.Detector, DetectorEvents.Ev44("panel_0", 2 * Second, 16384, 1, 16384));
        service.Step();

        var spectra = service.Latest("roi_spectra_cumulative");
        spectra.Sizes.Should().Equal(new Dictionary<string, long> { ["roi"] = 1, ["time_of_arrival"] = 100 });
        spectra.Coord("roi")!.Int64Values.ToArray().Should().Equal(0);
        spectra.Data.Sum().Should().Be(8192, "the rectangle covers the upper half of the rows, one event per pixel");
        service.Latest("roi_rectangle").Coord("x")!.DoubleValues.ToArray().Should().Equal(0, 128);
    }

    [Fact]
    public void Rois_for_another_job_are_ignored()
    {
        var service = new ServiceHarness("dummy", "detector_data");
        service.Start("panel_0_xy", "panel_0");
        service.Add(service.Topics.Roi, LiveData.Protocol.Rois.RoiDa00.Encode(new("panel_0", LiveData.Core.Identity.JobNumber.New()), LiveData.Protocol.Rois.RoiGeometry.Rectangle,
            new Dictionary<int, LiveData.Protocol.Rois.Roi> { [0] = new LiveData.Protocol.Rois.RectangleRoi(0, 10, 0, 10) }));
        service.Add(service.Topics.Detector, DetectorEvents.Ev44("panel_0", 2 * Second, 100, 1, 16384));
        service.Step();

        service.Latest("roi_spectra_cumulative").Sizes["roi"].Should().Be(0);
    }

    [Fact]
    public void Monitor_workflows_are_left_to_monitor_data()
    {
        var service = new ServiceHarness("dummy", "detector_data");
        service.Start("monitor_histogram", "monitor1");
        service.Step();

        service.Acks().Should().BeEmpty("another service hosts the monitor histogram");
        service.Jobs.Jobs.Should().BeEmpty();
    }

    [Fact]
    public void A_projection_without_a_geometry_is_refused_with_what_it_needs()
    {
        var service = new ServiceHarness("dream", "detector_data");
        service.Start("detector_projection", "mantle_detector");
        service.Step();

        var ack = service.Acks().Should().ContainSingle().Subject;
        ack.Response.Should().Be(AckResponse.Err);
        ack.Message.Should().Be("no instrument geometry is configured here");
    }

    [Fact]
    public void Total_counts_are_published_as_a_nicos_device()
    {
        var service = new ServiceHarness("dummy", "detector_data");
        service.Start("panel_0_xy", "panel_0");
        service.Add(service.Topics.Detector, DetectorEvents.Ev44("panel_0", 2 * Second, 2000, 1, 16384));
        service.Step();
        service.Add(service.Topics.Detector, DetectorEvents.Ev44("panel_0", 3 * Second, 1000, 1, 16384));
        service.Step();

        var devices = service.Devices();
        devices.Select(d => d.Device).Should().Equal("panel_0_counts_total", "panel_0_counts_total");
        devices[^1].Value.Data.Sum().Should().Be(3000);
        devices[^1].Value.Coord("end_time")!.Int64Values[0].Should().Be(devices[^1].Value.Coord("time")!.Int64Values[0]);
        devices[^1].Value.Coord("start_time").Should().NotBeNull();
    }
}
