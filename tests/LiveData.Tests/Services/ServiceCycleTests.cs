using System.Text;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Results;
using LiveData.Services.Backend;
using LiveData.Services.Batching;
using LiveData.Services.Jobs;
using LiveData.Services.Publishing;
using LiveData.Services.Routing;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
using LiveData.Workflows;
using Microsoft.Extensions.Logging;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

public sealed class ServiceCycleTests
{
    private static readonly InstrumentTopics Topics = InstrumentTopics.For("dummy");
    private static readonly TimeSpan Backstop = TimeSpan.FromSeconds(3);
    private readonly JobNumber _jobNumber = JobNumber.New();
    private readonly ManualClock _clock = new();
    private readonly RecordQueue _source = new();
    private readonly RecordingSink _sink = new();
    private readonly ListLogger<RawMessageAdapter> _adapterLog = new();
    private readonly StreamStatisticsCollector _statistics;
    private readonly JobManager _jobs;
    private readonly ServiceCycle _cycle;

    public ServiceCycleTests()
    {
        var instrument = InstrumentCatalog.Get("dummy");
        _statistics = new StreamStatisticsCollector(_clock, TimeSpan.FromSeconds(30));
        var adapter = new RawMessageAdapter(Topics, BackendServiceCatalog.RoutesFor("monitor_data", instrument, Topics), _statistics, _adapterLog);
        _jobs = new JobManager(instrument, "monitor_data", NoInstrumentFiles.Instance, NullLogger<JobManager>.Instance);
        var batcher = new DataTimeBatcher(Second, _clock, Backstop);
        _cycle = new ServiceCycle(adapter, new SkippedRecordCounter(_statistics, NullLogger.Instance), _jobs, batcher, new ServiceOutbox(_sink, Topics, new HeartbeatOrigin("1", "h", 1)), NullLogger.Instance);
    }

    private JobId Monitor1 => new("monitor1", _jobNumber);

    private static byte[] Command(Command command) => CommandJson.Serialize(command);

    private byte[] StartMonitor1(string messageId = "start") => Command(new WorkflowConfig(
        new WorkflowId("dummy", "monitor_histogram", 1), messageId, Monitor1, JobSchedule.Unbounded, new Dictionary<string, string>(),
        System.Text.Json.JsonDocument.Parse("{}").RootElement.Clone()));

    private RecordQueue Data(string source, long timeNs, int events) => _source.Add(Topics.BeamMonitor, Ev44(source, timeNs, InsideDefaultEdges(events)));

    private List<(string Output, double Sum)> Results() =>
    [
        .. _sink.On(Topics.Data).Select(v => Da00Codec.Decode(v))
            .Select(m => (ResultKeyJson.Parse(m.SourceName).OutputName, DataArrayDa00.FromDa00(m).Data.Sum())),
    ];

    private double Latest(string output) => Results().Last(r => r.Output == output).Sum;

    private List<CommandAcknowledgement> Acks() => [.. _sink.On(Topics.Responses).Select(a => CommandAcknowledgement.Parse(a))];

    private long ErrorCount()
    {
        _clock.Advance(TimeSpan.FromSeconds(30));
        return _statistics.TakeIfDue()!.Streams.Where(s => s.Stream == "<error>").Sum(s => s.Count);
    }

    [Fact]
    public void Run_reports_whether_anything_was_consumed()
    {
        _cycle.Run(_source, 1000).Should().BeFalse();

        Data("monitor1", 2 * Second, 1);

        _cycle.Run(_source, 1000).Should().BeTrue();
        _cycle.Run(_source, 1000).Should().BeFalse();
    }

    [Fact]
    public void Run_reads_at_most_max_records()
    {
        for (var i = 0; i < 5; i++)
        {
            Data("monitor1", 2 * Second, 1);
        }

        _cycle.Run(_source, 3);

        _source.Remaining.Should().Be(2);
    }

    [Fact]
    public void Commands_are_handled_before_the_data_of_the_same_cycle()
    {
        Data("monitor1", 2 * Second, 2000);
        _source.Add(Topics.Commands, StartMonitor1());
        Data("monitor1", 3 * Second, 5);

        _cycle.Run(_source, 1000);

        Acks().Should().Equal(CommandAcknowledgement.Ack("start", "monitor1"));
        Results().Should().HaveCount(6);
        Latest("cumulative").Should().Be(2000, "the data read before the command in the same cycle reaches the new job");
    }

    [Fact]
    public void A_stop_later_in_a_cycle_still_applies_before_that_cycles_data()
    {
        _source.Add(Topics.Commands, StartMonitor1());
        _cycle.Run(_source, 1000);
        Data("monitor1", 2 * Second, 10);
        Data("monitor1", 3 * Second, 10);
        _source.Add(Topics.Commands, Command(new JobCommand("stop", null, null, JobAction.Stop)));

        _cycle.Run(_source, 1000);

        Acks().Select(a => (a.MessageId, a.Device)).Should().Equal(("start", "monitor1"), ("stop", "all"));
        Results().Should().BeEmpty();
    }

    [Fact]
    public void Results_are_published_when_a_window_closes()
    {
        _source.Add(Topics.Commands, StartMonitor1());
        Data("monitor1", 2 * Second, 2000);
        _cycle.Run(_source, 1000);
        Results().Should().BeEmpty("the window [2 s, 3 s) is still open");

        Data("monitor1", 3 * Second, 3000);
        _cycle.Run(_source, 1000);
        Results().Should().HaveCount(6);
        Latest("cumulative").Should().Be(2000);

        Data("monitor1", 4 * Second, 0);
        _cycle.Run(_source, 1000);
        Results().Should().HaveCount(12);
        Latest("cumulative").Should().Be(5000);
        Latest("current").Should().Be(3000);
        Latest("counts_total_cumulative").Should().Be(5000);
    }

    [Fact]
    public void A_stalled_window_is_published_by_the_wall_clock_backstop()
    {
        _source.Add(Topics.Commands, StartMonitor1());
        Data("monitor1", 2 * Second, 42);
        _cycle.Run(_source, 1000);

        _clock.Advance(Backstop);
        _cycle.Run(_source, 1000).Should().BeFalse();

        Results().Should().HaveCount(6);
        Latest("counts_total").Should().Be(42);
    }

    [Fact]
    public void After_stop_no_more_results_are_published()
    {
        _source.Add(Topics.Commands, StartMonitor1());
        Data("monitor1", 2 * Second, 10);
        Data("monitor1", 3 * Second, 10);
        _cycle.Run(_source, 1000);
        var published = Results().Count;

        _source.Add(Topics.Commands, Command(new JobCommand("stop", null, null, JobAction.Stop)));
        Data("monitor1", 4 * Second, 10);
        Data("monitor1", 5 * Second, 10);
        _cycle.Run(_source, 1000);

        published.Should().Be(6);
        Results().Should().HaveCount(6);
        Acks().Last().Should().Be(CommandAcknowledgement.Ack("stop", "all"));
    }

    [Fact]
    public void Malformed_messages_are_logged_counted_and_skipped_while_valid_messages_after_them_are_processed()
    {
        var ev44 = Ev44("monitor1", 2 * Second, [1, 2, 3]);
        _source.Add(Topics.Commands, StartMonitor1());
        _source.Add(Topics.BeamMonitor, Encoding.ASCII.GetBytes("garbage garbage garbage"));
        _source.Add(Topics.BeamMonitor, []);
        _source.Add(Topics.BeamMonitor, ev44[..(ev44.Length - 12)]);
        _source.Add(Topics.BeamMonitor, Ev44Encoder.EncodeWithoutEventVectors("monitor1", 3));
        _source.Add(Topics.BeamMonitor, F144Codec.Encode(new F144LogData("monitor1", 2 * Second, F144Value.Scalar(1.0))));
        _source.Add(Topics.Commands, Encoding.UTF8.GetBytes("{\"kind\":\"job_command\",\"action\""));
        Data("monitor9", 2 * Second, 100);
        Data("monitor1", 2 * Second, 2000);
        Data("monitor1", 3 * Second, 1);

        _cycle.Run(_source, 1000);

        Acks().Should().Equal(CommandAcknowledgement.Ack("start", "monitor1"));
        Results().Should().HaveCount(6);
        Latest("cumulative").Should().Be(2000);
        _adapterLog.AtLeast(LogLevel.Warning).Should().HaveCount(6);
        _statistics.TotalErrors.Should().Be(6);
        _clock.Advance(TimeSpan.FromSeconds(30));
        var counts = _statistics.TakeIfDue()!.Streams;
        counts.Should().ContainEquivalentOf(new StreamCount(Topics.BeamMonitor, "", "<error>", 5));
        counts.Should().ContainEquivalentOf(new StreamCount(Topics.Commands, "", "<error>", 1));
        counts.Should().ContainEquivalentOf(new StreamCount(Topics.BeamMonitor, "monitor9", "<unmapped>", 1));
        counts.Should().ContainEquivalentOf(new StreamCount(Topics.BeamMonitor, "monitor1", "monitor1", 2));
    }

    [Fact]
    public void An_invalid_config_gets_an_ERR_and_a_later_valid_one_still_works()
    {
        _source.Add(Topics.Commands, Command(new WorkflowConfig(
            new WorkflowId("dummy", "monitor_histogram", 1), "bad", Monitor1, JobSchedule.Unbounded, new Dictionary<string, string>(),
            System.Text.Json.JsonDocument.Parse("""{"toa_edges":{"num_bins":10001}}""").RootElement.Clone())));
        _source.Add(Topics.Commands, StartMonitor1("good"));
        Data("monitor1", 2 * Second, 7);
        Data("monitor1", 3 * Second, 7);

        _cycle.Run(_source, 1000);

        var acks = Acks();
        acks.Select(a => (a.MessageId, a.Response)).Should().Equal(("bad", AckResponse.Err), ("good", AckResponse.Ack));
        acks[0].Message.Should().Contain("toa_edges.num_bins");
        Latest("cumulative").Should().Be(7);
    }

    [Fact]
    public void A_config_for_an_unknown_workflow_gets_no_ack_and_the_service_keeps_working()
    {
        _source.Add(Topics.Commands, Encoding.UTF8.GetBytes($$$"""
            {"kind":"workflow_config","identifier":"dummy/abcde12345/1","job_id":{"source_name":"monitor1","job_number":"{{{_jobNumber}}}"}}
            """));
        _source.Add(Topics.Commands, StartMonitor1());
        Data("monitor1", 2 * Second, 7);
        Data("monitor1", 3 * Second, 7);

        _cycle.Run(_source, 1000);

        Acks().Should().Equal(CommandAcknowledgement.Ack("start", "monitor1"));
        Results().Should().HaveCount(6);
    }

    [Fact]
    public void A_raw_nicos_reset_by_workflow_id_string_restarts_the_cumulative_sum()
    {
        _source.Add(Topics.Commands, StartMonitor1());
        Data("monitor1", 2 * Second, 2000);
        Data("monitor1", 3 * Second, 3000);
        Data("monitor1", 4 * Second, 0);
        _cycle.Run(_source, 1000);
        Latest("cumulative").Should().Be(5000);

        _source.Add(Topics.Commands, Encoding.UTF8.GetBytes("""{"kind":"job_command","action":"reset","workflow_id":"dummy/monitor_histogram/1"}"""));
        Data("monitor1", 5 * Second, 1000);
        Data("monitor1", 6 * Second, 0);
        _cycle.Run(_source, 1000);

        Latest("cumulative").Should().Be(1000);
        Acks().Last().Device.Should().Be("all");
    }

    [Fact]
    public void A_command_with_a_wrongly_typed_field_does_not_kill_the_cycle()
    {
        _source.Add(Topics.Commands, Encoding.UTF8.GetBytes($$$"""
            {"kind":"workflow_config","identifier":"dummy/monitor_histogram/1","job_id":{"source_name":"monitor1","job_number":"{{{_jobNumber}}}"},"schedule":{"start_time":1.5,"end_time":null}}
            """));
        _source.Add(Topics.Commands, StartMonitor1());
        Data("monitor1", 2 * Second, 7);
        Data("monitor1", 3 * Second, 7);

        var run = () => _cycle.Run(_source, 1000);

        run.Should().NotThrow();
        Acks().Should().Equal(CommandAcknowledgement.Ack("start", "monitor1"));
        Results().Should().HaveCount(6);
        ErrorCount().Should().Be(1);
    }
}
