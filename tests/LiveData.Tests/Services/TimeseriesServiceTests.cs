using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Wire.F144;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

/// <summary>Upstream's timeseries_test in process: immediate updates, no repeats, backlog for late jobs, no reset.</summary>
public sealed class TimeseriesServiceTests
{
    private readonly ServiceHarness _service = new("dummy", "timeseries");

    private void Log(string source, long time, double value) =>
        _service.Add(_service.Topics.Motion, F144Codec.Encode(new F144LogData(source, time, F144Value.Scalar(value))));

    [Fact]
    public void New_samples_are_published_at_once_in_the_logs_unit()
    {
        _service.Start("timeseries_data", "motion1");
        Log("motion1", 1 * Second, 1.5);
        _service.Step();

        var delta = _service.Latest("delta");
        delta.Data.Dims.Should().Equal("time");
        delta.Data.Unit.Should().Be("mm");
        delta.Data.DoubleValues.ToArray().Should().Equal(1.5);
        delta.Coord("time")!.Int64Values.ToArray().Should().Equal(1 * Second);
        delta.Coord("start_time").Should().BeNull("series carry their own time axis");
    }

    [Fact]
    public void Each_publish_holds_only_the_samples_since_the_last()
    {
        _service.Start("timeseries_data", "motion2");
        Log("motion2", 1 * Second, 1);
        _service.Step();
        Log("motion2", 2 * Second, 2);
        Log("motion2", 3 * Second, 3);
        _service.Step();

        _service.Latest("delta").Data.DoubleValues.ToArray().Should().Equal(2, 3);
        _service.Latest("delta").Data.Unit.Should().Be("deg");
    }

    [Fact]
    public void Duplicate_samples_publish_nothing()
    {
        _service.Start("timeseries_data", "motion1");
        Log("motion1", 1 * Second, 1);
        _service.Step();
        Log("motion1", 1 * Second, 1);
        _service.Step();

        _service.Results().Should().ContainSingle();
    }

    [Fact]
    public void A_job_started_after_data_passed_gets_the_backlog()
    {
        Log("motion1", 1 * Second, 1);
        _service.Step();
        _service.Start("timeseries_data", "motion1");
        Log("motion1", 2 * Second, 2);
        _service.Step();

        _service.Latest("delta").Data.DoubleValues.ToArray().Should().Equal(1, 2);
    }

    [Fact]
    public void Reset_is_refused()
    {
        _service.Start("timeseries_data", "motion1");
        _service.Command(new JobCommand("reset", null, null, JobAction.Reset));
        _service.Step();

        var reset = _service.Acks().Last();
        reset.Response.Should().Be(AckResponse.Err);
        reset.Message.Should().Contain("does not support reset");
    }

    [Fact]
    public void Alarm_and_connection_messages_on_the_log_topic_are_dropped_silently()
    {
        _service.Start("timeseries_data", "motion1");
        var alarm = F144Codec.Encode(new F144LogData("motion1", 1, F144Value.Scalar(1.0)));
        "al00"u8.CopyTo(alarm.AsSpan(4));
        _service.Add(_service.Topics.Motion, alarm);
        Log("motion1", 1 * Second, 1);
        _service.Step();

        _service.Latest("delta").Data.DoubleValues.ToArray().Should().Equal(1);
    }

    [Fact]
    public void Logs_the_instrument_does_not_declare_are_unmapped()
    {
        _service.Start("timeseries_data", "motion1");
        Log("detector_tank_angle_r0", 1 * Second, 1);
        _service.Step();

        _service.Results().Should().BeEmpty();
    }
}
