using LiveData.Wire.Ad00;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

/// <summary>Upstream's device contract for dummy: cumulative totals republished under stable device names.</summary>
public sealed class NicosDeviceTests
{
    [Fact]
    public void A_monitors_total_is_a_device()
    {
        var service = new ServiceHarness("dummy", "monitor_data");
        service.Start("monitor_histogram", "monitor2");
        service.Add(service.Topics.BeamMonitor, Ev44("monitor2", 2 * Second, InsideDefaultEdges(40)));
        service.Step();

        service.Devices().Should().ContainSingle().Which.Device.Should().Be("monitor2_counts_total");
    }

    [Fact]
    public void The_area_panels_total_is_a_device()
    {
        var service = new ServiceHarness("dummy", "detector_data");
        service.Start("area_panel_xy", "area_panel");
        service.Add(service.Topics.AreaDetector, Ad00Codec.Encode(Ad00Array.UInt16s("area_panel", 0, 2 * Second, [256, 256], Enumerable.Repeat((ushort)1, 256 * 256).ToArray())));
        service.Step();

        var (device, value) = service.Devices().Should().ContainSingle().Subject;
        device.Should().Be("area_panel_counts_total");
        value.Data.Sum().Should().Be(65536);
    }

    [Fact]
    public void Outputs_outside_the_contract_stay_off_the_nicos_topic()
    {
        var service = new ServiceHarness("dummy", "detector_data");
        service.Start("panel_0_layers", "panel_0");
        service.Add(service.Topics.Detector, DetectorEvents.Ev44("panel_0", 2 * Second, 10, 1, 16384));
        service.Step();

        service.Results().Should().NotBeEmpty();
        service.Devices().Should().BeEmpty();
    }
}
