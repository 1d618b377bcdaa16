using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

/// <summary>Upstream's data_reduction_test in process: total counts since start, reset restarts them.</summary>
public sealed class DataReductionServiceTests
{
    private readonly ServiceHarness _service = new("dummy", "data_reduction");

    private void Events(long time, int count) => _service.Add(_service.Topics.Detector, DetectorEvents.Ev44("panel_0", time, count, 1, 16384));

    private long Total() => _service.Latest("total_counts").Data.Int64Values[0];

    [Fact]
    public void Total_counts_start_at_the_config_and_restart_on_reset()
    {
        Events(0, 500);
        _service.Step();
        _service.Start("total_counts", "panel_0");
        _service.Step();
        _service.Results().Should().BeEmpty("events before the config are not counted");

        Events(1 * Second, 2000);
        Events(1 * Second, 3000);
        _service.Step();
        _service.Results().Should().ContainSingle();
        Total().Should().Be(5000);

        _service.Command(new JobCommand("reset", null, null, JobAction.Reset));
        Events(2 * Second, 1000);
        _service.Step();
        Total().Should().Be(1000);
        Events(3 * Second, 1000);
        _service.Step();
        Total().Should().Be(2000);

        _service.Command(new JobCommand("reset-2", null, new WorkflowId("dummy", "total_counts", 1), JobAction.Reset));
        Events(4 * Second, 100);
        _service.Step();
        Total().Should().Be(100);
    }

    [Fact]
    public void The_total_is_a_0_d_int64_in_counts()
    {
        _service.Start("total_counts", "panel_0");
        Events(1 * Second, 10);
        _service.Step();

        var total = _service.Latest("total_counts");
        total.Data.Dims.Should().BeEmpty();
        total.Data.IsFloat.Should().BeFalse();
        total.Data.Unit.Should().Be("counts");
        total.Coord("start_time").Should().NotBeNull();
    }

    [Fact]
    public void Recovers_after_bad_params_were_sent()
    {
        _service.Start("total_counts", "panel_0", """{"does_not_exist": 1}""");
        _service.Start("total_counts", "panel_0");
        Events(1 * Second, 10);
        _service.Step();

        _service.Acks().Select(a => a.Response).Should().Equal(AckResponse.Err, AckResponse.Ack);
        _service.Acks()[0].Message.Should().Contain("does_not_exist");
        Total().Should().Be(10);
    }

    [Fact]
    public void An_unknown_workflow_is_ignored_silently()
    {
        _service.Start("abcde12345", "panel_0");
        _service.Step();

        _service.Acks().Should().BeEmpty();
    }

    [Fact]
    public void Detector_views_are_left_to_detector_data()
    {
        _service.Start("panel_0_xy", "panel_0");
        _service.Step();

        _service.Acks().Should().BeEmpty();
    }

    [Fact]
    public void Lokis_i_of_q_without_its_files_is_refused_saying_which_is_missing()
    {
        var loki = new ServiceHarness("loki", "data_reduction");
        loki.Start("i_of_q", "loki_detector_0");
        loki.Step();

        loki.Acks().Should().ContainSingle().Which.Message.Should().Contain("no wavelength lookup table is configured");
    }
}
