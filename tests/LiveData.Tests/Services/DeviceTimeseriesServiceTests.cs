using LiveData.Protocol.Acknowledgements;
using LiveData.Wire.F144;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

/// <summary>timeseries_data on TBL's attenuator: readback and setpoint records merged into one device series in process.</summary>
public sealed class DeviceTimeseriesServiceTests
{
    private const string Readback = "attentuator/position_readback";
    private const string Setpoint = "attentuator/position_setpoint";

    private readonly ServiceHarness _service = new("tbl", "timeseries");

    private void Log(string source, long time, double value) => Log(_service, source, time, value);

    private static void Log(ServiceHarness service, string source, long time, double value) =>
        service.Add(service.Topics.Motion, F144Codec.Encode(new F144LogData(source, time, F144Value.Scalar(value))));

    private void ShouldPublish(double[] values, double[] targets, params long[] times)
    {
        var delta = _service.Latest("delta");
        delta.Data.Unit.Should().Be("mm");
        delta.Data.DoubleValues.ToArray().Should().Equal(values);
        delta.Coord("target")!.DoubleValues.ToArray().Should().Equal(targets);
        delta.Coord("target")!.Unit.Should().Be("mm");
        delta.Coord("time")!.Int64Values.ToArray().Should().Equal(times);
        delta.Coord("idle").Should().BeNull("the attenuator has no done-moving log");
    }

    [Fact]
    public void Readback_and_setpoint_records_publish_one_device_sample()
    {
        _service.Start("timeseries_data", "attentuator");
        Log(Readback, 1 * Second, 12.5);
        Log(Setpoint, 2 * Second, 30);
        _service.Step();

        ShouldPublish([12.5], [30], 2 * Second);
    }

    [Fact]
    public void Nothing_is_published_until_the_setpoint_was_seen_then_each_record_adds_a_sample()
    {
        _service.Start("timeseries_data", "attentuator");
        Log(Readback, 1 * Second, 10);
        _service.Step();
        _service.Results().Should().BeEmpty();

        Log(Setpoint, 2 * Second, 30);
        Log(Readback, 3 * Second, 20);
        _service.Step();

        ShouldPublish([10, 20], [30, 30], 2 * Second, 3 * Second);
    }

    [Fact]
    public void A_job_started_after_device_data_passed_gets_the_merged_backlog()
    {
        Log(Readback, 1 * Second, 10);
        Log(Setpoint, 2 * Second, 30);
        _service.Step();
        _service.Start("timeseries_data", "attentuator");
        Log(Setpoint, 3 * Second, 40);
        _service.Step();

        ShouldPublish([10, 10], [30, 40], 2 * Second, 3 * Second);
    }

    [Fact]
    public void A_device_with_a_done_flag_publishes_it_as_int32_idle()
    {
        var bifrost = new ServiceHarness("bifrost", "timeseries");
        bifrost.Start("timeseries_data", "rotation_stage");
        Log(bifrost, "rotation_stage/value", 1 * Second, 44.5);
        Log(bifrost, "rotation_stage/target_value", 1 * Second, 45);
        Log(bifrost, "rotation_stage/idle_flag", 1 * Second, 0);
        Log(bifrost, "rotation_stage/value", 2 * Second, 45);
        Log(bifrost, "rotation_stage/idle_flag", 3 * Second, 1);
        bifrost.Step();

        var delta = bifrost.Latest("delta");
        delta.Data.Unit.Should().Be("deg");
        delta.Data.DoubleValues.ToArray().Should().Equal(44.5, 45, 45);
        delta.Coord("time")!.Int64Values.ToArray().Should().Equal(1 * Second, 2 * Second, 3 * Second);
        delta.Coord("target")!.DoubleValues.ToArray().Should().Equal(45, 45, 45);
        delta.Coord("idle")!.IsInt32.Should().BeTrue();
        delta.Coord("idle")!.Int64Values.ToArray().Should().Equal(0L, 0L, 1L);
    }

    [Fact]
    public void A_plain_log_beside_devices_has_only_time()
    {
        _service.Start("timeseries_data", "SOM");
        Log("SOM", 1 * Second, 45);
        _service.Step();

        var delta = _service.Latest("delta");
        delta.Data.Unit.Should().Be("deg");
        delta.Coords.Select(c => c.Key).Should().Equal("time");
    }

    [Fact]
    public void A_devices_substream_is_no_timeseries_source()
    {
        _service.Start("timeseries_data", Readback);
        _service.Step();

        var ack = _service.Acks().Should().ContainSingle().Subject;
        ack.Response.Should().Be(AckResponse.Err);
        ack.Message.Should().Contain($"'{Readback}' is not allowed");
    }
}
