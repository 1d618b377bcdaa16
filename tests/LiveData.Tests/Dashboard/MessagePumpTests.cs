using System.Text;
using LiveData.Dashboard.Commands;
using LiveData.Dashboard.Data;
using LiveData.Dashboard.Jobs;
using LiveData.Dashboard.Transport;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Results;
using LiveData.Wire.Da00;
using LiveData.Wire.X5f2;
using Microsoft.Extensions.Logging;

namespace LiveData.Tests.Dashboard;

public sealed class MessagePumpTests
{
    private static readonly InstrumentTopics Topics = InstrumentTopics.For("dummy");
    private static readonly WorkflowId Monitors = new("dummy", "monitor_histogram", 1);
    private static readonly HeartbeatOrigin Origin = new("1", "host", 1);
    private readonly ManualClock _clock = new();
    private readonly RecordQueue _source = new();
    private readonly DataService _data = new();
    private readonly JobService _jobs;
    private readonly ServiceRegistry _services;
    private readonly ActiveJobRegistry _generations = new();
    private readonly PendingCommandTracker _pending;
    private readonly ListLogger<MessagePump> _log = new();
    private readonly MessagePump _pump;
    private readonly JobNumber _current = JobNumber.New();

    public MessagePumpTests()
    {
        _jobs = new JobService(_clock);
        _services = new ServiceRegistry(_clock);
        _pending = new PendingCommandTracker(_clock);
        _pump = new MessagePump(_source, Topics, InstrumentCatalog.Get("dummy"), _data, _jobs, _services, _generations, _pending, _log);
        _generations.BeginGeneration(Monitors, _current);
    }

    private static DataArray Total(double value) =>
        new("Total", Variable.Doubles([], [], "counts", [value], [value]), [new("time", Variable.Scalar(5L, "ns"))]);

    private static byte[] Result(JobNumber jobNumber, string output, double value, string source = "monitor1", WorkflowId? workflow = null)
    {
        var key = new ResultKey(workflow ?? Monitors, new JobId(source, jobNumber), output);
        return Da00Codec.Encode(DataArrayDa00.ToDa00(ResultKeyJson.Format(key), 1, Total(value)));
    }

    private static byte[] Heartbeat(JobStatus status) => X5f2Codec.Encode(HeartbeatCodec.Encode(status, Origin));

    private static byte[] Heartbeat(ServiceStatus status) => X5f2Codec.Encode(HeartbeatCodec.Encode(status, Origin));

    private DataKey Key(string output, string source = "monitor1") => new(Monitors, source, output);

    [Fact]
    public void Update_returns_false_when_nothing_was_waiting()
    {
        _pump.Update().Should().BeFalse();
    }

    [Fact]
    public void Results_of_the_current_generation_land_in_the_data_service_under_their_data_key()
    {
        _source.Add(Topics.Data, Result(_current, "counts_total", 2000));
        _source.Add(Topics.Data, Result(_current, "counts_total", 3000, source: "monitor2"));

        _pump.Update().Should().BeTrue();

        _data[Key("counts_total")]!.Data.Sum().Should().Be(2000);
        _data[Key("counts_total", "monitor2")]!.Data.Sum().Should().Be(3000);
        _data[Key("counts_total")]!.Name.Should().Be("Total");
        _data.SnapshotWithStamps()[Key("counts_total")].Stamp.Should().Be(_current);
        _generations.StaleCount.Should().Be(0);
    }

    [Fact]
    public void Results_the_broker_deleted_before_they_were_fetched_are_counted_as_skipped()
    {
        _source.Add(Topics.Data, Result(_current, "cumulative", 1)).Skip(Topics.Data, 3).Add(Topics.Data, Result(_current, "cumulative", 2));
        _source.Add(Topics.Heartbeat, Heartbeat(new ServiceStatus("dummy", "monitor_data", "w1", ServiceState.Running, 1, 1, null, 1.0, null))).Skip(Topics.Heartbeat, 5)
            .Add(Topics.Heartbeat, Heartbeat(new ServiceStatus("dummy", "monitor_data", "w1", ServiceState.Running, 1, 1, null, 1.0, null)));

        _pump.Update();

        _pump.SkippedResults.Should().Be(3, "only the results topic's gaps are results that never arrived");
        _log.AtLeast(LogLevel.Warning).Should().ContainSingle().Which.Should().Contain($"Never received 3 results of {Topics.Data} partition 0 before offset 4");
        _data[Key("cumulative")]!.Data.Sum().Should().Be(2);
    }

    [Fact]
    public void A_later_result_replaces_the_earlier_one()
    {
        _source.Add(Topics.Data, Result(_current, "cumulative", 2000));
        _source.Add(Topics.Data, Result(_current, "cumulative", 5000));

        _pump.Update();

        _data[Key("cumulative")]!.Data.Sum().Should().Be(5000);
    }

    [Fact]
    public void Results_of_older_generations_are_dropped_and_counted_stale()
    {
        var old = JobNumber.New();
        _source.Add(Topics.Data, Result(old, "cumulative", 1));
        _source.Add(Topics.Data, Result(old, "current", 1));
        _source.Add(Topics.Data, Result(_current, "current", 7));

        _pump.Update();

        _generations.StaleCount.Should().Be(2);
        _data.Keys.Should().Equal(Key("current"));
        _data[Key("current")]!.Data.Sum().Should().Be(7);
    }

    [Fact]
    public void Results_of_a_workflow_without_a_generation_are_dropped()
    {
        _source.Add(Topics.Data, Result(_current, "result", 1, workflow: new WorkflowId("dummy", "total_counts", 1)));

        _pump.Update();

        _data.Keys.Should().BeEmpty();
        _generations.StaleCount.Should().Be(1);
    }

    [Fact]
    public void Job_heartbeats_of_known_workflows_go_to_the_job_service()
    {
        var status = new JobStatus(new JobId("monitor1", JobNumber.New()), Monitors, JobState.Active, null, null, 1, 2);
        _source.Add(Topics.Heartbeat, Heartbeat(status));

        _pump.Update();

        _jobs.JobStatuses.Should().ContainSingle().Which.Value.Should().Be(status);
    }

    [Fact]
    public void Job_heartbeats_of_unknown_workflows_are_ignored()
    {
        _source.Add(Topics.Heartbeat, Heartbeat(new JobStatus(new JobId("monitor1", JobNumber.New()), new WorkflowId("dummy", "nope", 1), JobState.Active, null, null, null, null)));
        _source.Add(Topics.Heartbeat, Heartbeat(new JobStatus(new JobId("monitor1", JobNumber.New()), new WorkflowId("dream", "monitor_histogram", 1), JobState.Active, null, null, null, null)));

        _pump.Update().Should().BeTrue();

        _jobs.JobStatuses.Should().BeEmpty();
        _pump.MalformedCount.Should().Be(0);
    }

    [Fact]
    public void Service_heartbeats_go_to_the_service_registry()
    {
        var status = new ServiceStatus("dummy", "monitor_data", "w1", ServiceState.Running, 1, 1, null, 1.0, null);
        _source.Add(Topics.Heartbeat, Heartbeat(status));

        _pump.Update();

        _services.WorkerStatuses.Should().ContainKey("dummy:monitor_data:w1").WhoseValue.State.Should().Be(ServiceState.Running);
        _jobs.JobStatuses.Should().BeEmpty();
    }

    [Fact]
    public void Acknowledgements_go_to_the_pending_command_tracker()
    {
        _pending.Track("m", "Start", 1);
        _source.Add(Topics.Responses, CommandAcknowledgement.Ack("m", "monitor1").ToJson());

        _pump.Update();

        _pending.Awaited.Should().HaveCount(0);
        _pending.Notifications.Should().ContainSingle().Which.IsError.Should().BeFalse();
    }

    [Fact]
    public void Malformed_messages_are_skipped_and_counted_while_later_ones_are_handled()
    {
        _pending.Track("m", "Start", 1);
        _source.Add(Topics.Data, Encoding.ASCII.GetBytes("garbage"));
        _source.Add(Topics.Data, Da00Codec.Encode(new Da00DataArray("not a result key", 0, [Da00Variable.Doubles("signal", null, [], [], [1])])));
        _source.Add(Topics.Data, Da00Codec.Encode(new Da00DataArray(ResultKeyJson.Format(new ResultKey(Monitors, new JobId("monitor1", _current), "x")), 0, [])));
        _source.Add(Topics.Heartbeat, []);
        _source.Add(Topics.Heartbeat, X5f2Codec.Encode(new X5f2Status("livedata", "1", "id", "h", 1, 1, "{broken")));
        _source.Add(Topics.Responses, Encoding.UTF8.GetBytes("{\"message_id\":"));
        _source.Add(Topics.Data, Result(_current, "counts_total", 9));
        _source.Add(Topics.Responses, CommandAcknowledgement.Ack("m", "monitor1").ToJson());

        _pump.Update().Should().BeTrue();

        _pump.MalformedCount.Should().Be(6);
        _data[Key("counts_total")]!.Data.Sum().Should().Be(9);
        _pending.Awaited.Should().HaveCount(0);
    }

    // Spec §6/§10: per-message failures in MessagePump are logged and skipped, so one unusable
    // message must neither escape Update (which would end the dashboard's pump loop) nor hide later ones.
    private void AssertSkippedAndPumpKeepsGoing(string topic, byte[] payload)
    {
        _source.Add(topic, payload);
        _source.Add(Topics.Data, Result(_current, "counts_total", 9));

        var update = () => _pump.Update();

        update.Should().NotThrow();
        _data[Key("counts_total")]!.Data.Sum().Should().Be(9);
        _pump.MalformedCount.Should().Be(1);
    }

    private byte[] CurrentResult(params Da00Variable[] variables) =>
        Da00Codec.Encode(new Da00DataArray(ResultKeyJson.Format(new ResultKey(Monitors, new JobId("monitor1", _current), "broken")), 0, variables));

    [Fact]
    public void An_acknowledgement_that_is_a_json_array_is_skipped()
    {
        AssertSkippedAndPumpKeepsGoing(Topics.Responses, Encoding.UTF8.GetBytes("[1,2]"));
    }

    [Fact]
    public void A_current_result_whose_signal_is_a_string_is_skipped()
    {
        AssertSkippedAndPumpKeepsGoing(Topics.Data, CurrentResult(Da00Variable.CString("signal", "oops")));
    }

    [Fact]
    public void A_current_result_whose_errors_do_not_match_the_signal_is_skipped()
    {
        AssertSkippedAndPumpKeepsGoing(Topics.Data, CurrentResult(
            Da00Variable.Doubles("signal", null, ["x"], [2], [1, 2]),
            Da00Variable.Doubles("errors", null, ["x"], [1], [1])));
    }

    [Fact]
    public void A_current_result_whose_signal_axes_do_not_match_its_shape_is_skipped()
    {
        AssertSkippedAndPumpKeepsGoing(Topics.Data, CurrentResult(Da00Variable.Doubles("signal", null, ["x", "y"], [2], [1, 2])));
    }

    [Fact]
    public void Results_of_every_source_of_the_current_job_number_are_admitted()
    {
        _source.Add(Topics.Data, Result(_current, "counts_total", 1, source: "monitor2"));

        _pump.Update();

        _data.Keys.Should().Equal(Key("counts_total", "monitor2"));
    }

    [Fact]
    public void One_update_handles_at_most_100_messages()
    {
        for (var i = 0; i < 150; i++)
        {
            _source.Add(Topics.Data, Result(_current, "counts_total", i));
        }

        _pump.Update();

        _source.Remaining.Should().Be(50);
        _data[Key("counts_total")]!.Data.Sum().Should().Be(99);
        _pump.Update().Should().BeTrue();
        _pump.Update().Should().BeFalse();
        _data[Key("counts_total")]!.Data.Sum().Should().Be(149);
    }

    [Fact]
    public void Messages_on_other_topics_are_consumed_and_ignored()
    {
        _source.Add("dummy_beam_monitor", [1, 2, 3]);

        _pump.Update().Should().BeTrue();

        _pump.MalformedCount.Should().Be(0);
        _data.Keys.Should().BeEmpty();
    }
}
