using LiveData.Protocol.Results;
using LiveData.Wire.Da00;
using LiveData.Workflows;
using LiveData.Workflows.Timeseries;

namespace LiveData.Tests.Workflows.Timeseries;

/// <summary>A device's timeseries carries its setpoint and idle flag as coords, as upstream's to_nxlog writes them.</summary>
public sealed class TimeseriesWorkflowTests
{
    private static DataArray Delta(string unit, params LogSample[] samples)
    {
        var workflow = new TimeseriesWorkflow(unit);
        workflow.Accumulate(new LogStreamData("s", samples));
        return workflow.Finalize()[TimeseriesWorkflow.Output];
    }

    private static DataArray DeviceDelta() => Delta("mm", new(1, 0.5, 50, false), new(2, 25, 50, false), new(3, 50, 50, true));

    private static Da00DataArray OnTheWire(DataArray array) => Da00Codec.Decode(Da00Codec.Encode(DataArrayDa00.ToDa00("key", 3, array)));

    private static void ShouldBeTheDeviceDelta(DataArray delta)
    {
        delta.Data.DoubleValues.ToArray().Should().Equal(0.5, 25, 50);
        delta.Data.Unit.Should().Be("mm");
        delta.Coords.Select(c => c.Key).Should().Equal("time", "target", "idle");
        delta.Coord("time")!.Int64Values.ToArray().Should().Equal(1L, 2L, 3L);
        var target = delta.Coord("target")!;
        target.Unit.Should().Be("mm");
        target.Dims.Should().Equal("time");
        target.DoubleValues.ToArray().Should().Equal(50, 50, 50);
        var idle = delta.Coord("idle")!;
        (idle.IsInt32, idle.Unit).Should().Be((true, "dimensionless"));
        idle.Dims.Should().Equal("time");
        idle.Int64Values.ToArray().Should().Equal(0L, 0L, 1L);
    }

    [Fact]
    public void A_devices_delta_has_target_in_the_logs_unit_and_an_int32_idle_flag() => ShouldBeTheDeviceDelta(DeviceDelta());

    [Fact]
    public void A_devices_delta_survives_the_da00_round_trip() => ShouldBeTheDeviceDelta(DataArrayDa00.FromDa00(OnTheWire(DeviceDelta())));

    [Fact]
    public void The_idle_flag_goes_on_the_wire_as_int32_and_time_as_int64()
    {
        var message = OnTheWire(DeviceDelta());

        message.Find("idle")!.DataType.Should().Be(Da00DataType.Int32);
        message.Find("time")!.DataType.Should().Be(Da00DataType.Int64);
        message.Find("target")!.DataType.Should().Be(Da00DataType.Float64);
    }

    [Fact]
    public void A_plain_logs_delta_has_only_time() =>
        Delta("K", new(1, 295), new(2, 296)).Coords.Select(c => c.Key).Should().Equal("time");

    [Fact]
    public void A_device_without_done_flag_has_target_but_no_idle() =>
        Delta("deg", new(1, 10, 20), new(2, 15, 20)).Coords.Select(c => c.Key).Should().Equal("time", "target");

    [Fact]
    public void The_timeseries_of_a_device_is_in_the_devices_unit()
    {
        var spec = InstrumentCatalog.Get("tbl").FindWorkflow(new WorkflowId("tbl", TimeseriesWorkflow.WorkflowName, 1))!;
        var workflow = spec.Factory.Create("attentuator", spec.Factory.DefaultParams, NoInstrumentFiles.Instance);
        workflow.Accumulate(new LogStreamData("attentuator", [new(1, 3, 4)]));

        workflow.Finalize()[TimeseriesWorkflow.Output].Data.Unit.Should().Be("mm");
    }
}
