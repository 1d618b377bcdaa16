using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Services.Batching;
using LiveData.Services.Jobs;
using LiveData.Services.Routing;
using LiveData.Workflows;
using static LiveData.Tests.Services.Support.MonitorEvents;

namespace LiveData.Tests.Services;

public sealed class JobManagerTests
{
    private static readonly WorkflowId MonitorHistogram = new("dummy", "monitor_histogram", 1);
    private readonly JobNumber _jobNumber = JobNumber.New();
    private readonly JobManager _jobs = new(InstrumentCatalog.Get("dummy"), "monitor_data", NoInstrumentFiles.Instance, NullLogger<JobManager>.Instance);

    private JobId Monitor1 => new("monitor1", _jobNumber);

    private static JsonElement Json(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    private static WorkflowConfig Config(JobId jobId, string parameters = "{}", WorkflowId? workflow = null, string messageId = "start-1") =>
        new(workflow ?? MonitorHistogram, messageId, jobId, JobSchedule.Unbounded, new Dictionary<string, string>(), Json(parameters));

    private static MessageBatch Batch(long startNs, long endNs, params (string Source, int Events, long TimeNs)[] messages) =>
        new(startNs, endNs, [.. messages.Select(m => new EventMessage(m.Source, m.TimeNs, Ev44(m.Source, m.TimeNs, InsideDefaultEdges(m.Events))))]);

    private static MessageBatch Batch(long second, params (string Source, int Events)[] messages) =>
        Batch(second * Second, (second + 1) * Second, [.. messages.Select(m => (m.Source, m.Events, second * Second))]);

    private static Dictionary<string, JobResult> ByOutput(IEnumerable<JobResult> results) => results.ToDictionary(r => r.Key.OutputName);

    private static double Sum(IReadOnlyDictionary<string, JobResult> results, string output) => results[output].Value.Data.Sum();

    private static long Coord(JobResult result, string name) => result.Value.Coord(name)!.Int64Values[0];

    private CommandAcknowledgement? Handle(Command command) => _jobs.Handle(command).Acknowledgement;

    [Fact]
    public void Upstream_scenario_configure_feed_and_stop_a_monitor_histogram()
    {
        // tests/services/monitor_data_test.py::test_can_configure_and_stop_monitor_workflow[dummy]
        var ack = Handle(Config(Monitor1, messageId: "cfg"));
        ack.Should().Be(CommandAcknowledgement.Ack("cfg", "monitor1"));
        _jobs.Process(Batch(0)).Should().BeEmpty();

        var first = ByOutput(_jobs.Process(Batch(2, ("monitor1", 2000))));
        first.Should().HaveCount(6);
        Sum(first, "cumulative").Should().Be(2000);
        Sum(first, "current").Should().Be(2000);
        Sum(first, "counts_total").Should().Be(2000);
        Sum(first, "counts_total_cumulative").Should().Be(2000);

        _jobs.Process(Batch(3)).Should().BeEmpty("a batch without data for the job publishes nothing");

        var second = ByOutput(_jobs.Process(Batch(4, ("monitor1", 3000))));
        second.Should().HaveCount(6);
        Sum(second, "cumulative").Should().Be(5000);
        Sum(second, "current").Should().Be(3000);
        Sum(second, "counts_total").Should().Be(3000);
        Sum(second, "counts_total_cumulative").Should().Be(5000);

        var third = ByOutput(_jobs.Process(Batch(4 * Second, 6 * Second, ("monitor1", 1000, 4 * Second), ("monitor1", 1000, 5 * Second))));
        third.Should().HaveCount(6);
        Sum(third, "cumulative").Should().Be(7000);
        Sum(third, "current").Should().Be(2000);

        Handle(new JobCommand("stop", null, null, JobAction.Stop)).Should().Be(CommandAcknowledgement.Ack("stop", "all"));
        _jobs.Jobs.Should().BeEmpty();
        _jobs.Process(Batch(6, ("monitor1", 1000))).Should().BeEmpty();
    }

    [Fact]
    public void Results_carry_the_result_key_the_output_title_and_the_job_start_as_timestamp()
    {
        Handle(Config(Monitor1));
        _jobs.Process(Batch(2, ("monitor1", 10)));

        var results = ByOutput(_jobs.Process(Batch(4, ("monitor1", 10))));

        results["cumulative"].Key.Should().Be(new ResultKey(MonitorHistogram, Monitor1, "cumulative"));
        results["counts_total"].Key.Should().Be(new ResultKey(MonitorHistogram, Monitor1, "counts_total"));
        results.Values.Should().OnlyContain(r => r.Timestamp == 2 * Second);
        results["cumulative"].Value.Name.Should().Be("Histogram");
        results["current"].Value.Name.Should().Be("Histogram update");
        results["counts_in_toa_range_cumulative"].Value.Name.Should().Be("Total in range");
    }

    [Fact]
    public void Cumulative_outputs_span_the_jobs_first_batch_to_the_latest_and_window_outputs_the_latest_batch()
    {
        Handle(Config(Monitor1));
        _jobs.Process(Batch(2, ("monitor1", 10)));

        var results = ByOutput(_jobs.Process(Batch(4, ("monitor1", 10))));

        foreach (var cumulative in new[] { "cumulative", "counts_total_cumulative", "counts_in_toa_range_cumulative" })
        {
            Coord(results[cumulative], "start_time").Should().Be(2 * Second, cumulative);
            Coord(results[cumulative], "time").Should().Be(5 * Second, cumulative);
        }
        foreach (var window in new[] { "current", "counts_total", "counts_in_toa_range" })
        {
            Coord(results[window], "start_time").Should().Be(4 * Second, window);
            Coord(results[window], "time").Should().Be(5 * Second, window);
        }
    }

    [Fact]
    public void Time_coords_are_0d_int64_nanoseconds()
    {
        Handle(Config(Monitor1));

        var result = _jobs.Process(Batch(2, ("monitor1", 10))).First();

        foreach (var name in new[] { "start_time", "time" })
        {
            var coord = result.Value.Coord(name)!;
            coord.Dims.Should().BeEmpty();
            coord.IsFloat.Should().BeFalse();
            coord.Unit.Should().Be("ns");
        }
    }

    [Fact]
    public void Only_the_jobs_own_source_feeds_it()
    {
        Handle(Config(Monitor1));

        _jobs.Process(Batch(2, ("monitor2", 500))).Should().BeEmpty();
        var results = ByOutput(_jobs.Process(Batch(3, ("monitor1", 10), ("monitor2", 500))));

        Sum(results, "cumulative").Should().Be(10);
    }

    [Fact]
    public void Jobs_of_both_monitors_each_publish_their_own_results()
    {
        Handle(Config(Monitor1));
        Handle(Config(new JobId("monitor2", _jobNumber)));

        var results = _jobs.Process(Batch(2, ("monitor1", 10), ("monitor2", 20)));

        results.Should().HaveCount(12);
        results.Single(r => r.Key.JobId.SourceName == "monitor2" && r.Key.OutputName == "cumulative").Value.Data.Sum().Should().Be(20);
        results.Single(r => r.Key.JobId.SourceName == "monitor1" && r.Key.OutputName == "cumulative").Value.Data.Sum().Should().Be(10);
    }

    [Fact]
    public void A_config_for_another_instrument_is_silently_ignored()
    {
        Handle(Config(Monitor1, workflow: new WorkflowId("dream", "monitor_histogram", 1))).Should().BeNull();
        _jobs.Jobs.Should().BeEmpty();
    }

    [Theory]
    [InlineData("abcde12345", 1)]
    [InlineData("monitor_histogram", 2)]
    [InlineData("panel_0_xy", 1)]
    public void A_config_for_a_workflow_this_instrument_does_not_host_is_silently_ignored(string name, int version)
    {
        Handle(Config(Monitor1, workflow: new WorkflowId("dummy", name, version))).Should().BeNull();
        _jobs.Jobs.Should().BeEmpty();
    }

    [Fact]
    public void A_config_for_a_workflow_of_another_service_is_silently_ignored()
    {
        var detectorService = new JobManager(InstrumentCatalog.Get("dummy"), "detector_data", NoInstrumentFiles.Instance, NullLogger<JobManager>.Instance);

        detectorService.Handle(Config(Monitor1)).Acknowledgement.Should().BeNull();
        detectorService.Jobs.Should().BeEmpty();
    }

    [Fact]
    public void A_disallowed_source_gets_an_ERR_naming_the_source()
    {
        var ack = Handle(Config(new JobId("monitor3", _jobNumber), messageId: "m"));

        ack!.Response.Should().Be(AckResponse.Err);
        ack.MessageId.Should().Be("m");
        ack.Device.Should().Be("monitor3");
        ack.Message.Should().Contain("Source 'monitor3' is not allowed for workflow dummy/monitor_histogram/1");
        _jobs.Jobs.Should().BeEmpty();
    }

    [Fact]
    public void Unexpected_aux_sources_get_an_ERR()
    {
        var config = Config(Monitor1) with { AuxSourceNames = new Dictionary<string, string> { ["incident"] = "monitor2" } };

        var ack = Handle(config);

        ack!.Response.Should().Be(AckResponse.Err);
        ack.Message.Should().Contain("incident");
        _jobs.Jobs.Should().BeEmpty();
    }

    [Theory]
    [InlineData("incident_monitor", "beam_monitor_m0", "must be one of beam_monitor_m1")]
    [InlineData("direct_beam", "beam_monitor_m1", "has no auxiliary source direct_beam")]
    public void An_aux_source_outside_the_specs_roles_or_choices_gets_an_ERR(string role, string stream, string problem)
    {
        var reduction = new JobManager(InstrumentCatalog.Get("loki"), "data_reduction", NoInstrumentFiles.Instance, NullLogger<JobManager>.Instance);
        var config = Config(new JobId("loki_detector_0", _jobNumber), workflow: new WorkflowId("loki", "i_of_q", 1))
            with { AuxSourceNames = new Dictionary<string, string> { [role] = stream } };

        var ack = reduction.Handle(config).Acknowledgement;

        ack!.Response.Should().Be(AckResponse.Err);
        ack.Message.Should().Contain(problem);
        reduction.Jobs.Should().BeEmpty();
    }

    [Fact]
    public void Invalid_params_get_an_ERR_naming_the_field_and_create_no_job()
    {
        var ack = Handle(Config(Monitor1, """{"toa_edges":{"num_bins":0}}"""));

        ack!.Response.Should().Be(AckResponse.Err);
        ack.Device.Should().Be("monitor1");
        ack.Message.Should().Contain("toa_edges.num_bins");
        _jobs.Jobs.Should().BeEmpty();
        _jobs.Process(Batch(2, ("monitor1", 10))).Should().BeEmpty();
    }

    [Fact]
    public void The_service_recovers_after_invalid_params_when_valid_ones_follow()
    {
        Handle(Config(Monitor1, """{"toa_edges":{"stop":-1.0}}"""));

        Handle(Config(Monitor1, "{}"))!.Response.Should().Be(AckResponse.Ack);

        _jobs.Process(Batch(2, ("monitor1", 10))).Should().HaveCount(6);
    }

    [Fact]
    public void A_new_job_is_scheduled_then_active_once_data_arrives()
    {
        Handle(Config(Monitor1));
        _jobs.Jobs.Single().State.Should().Be(JobState.Scheduled);

        _jobs.Process(Batch(2, ("monitor1", 10)));

        var status = _jobs.Jobs.Single().Status;
        status.Should().Be(new JobStatus(Monitor1, MonitorHistogram, JobState.Active, null, null, 2 * Second, 3 * Second));
    }

    [Fact]
    public void A_job_waits_for_its_scheduled_start_in_data_time()
    {
        Handle(Config(Monitor1) with { Schedule = new JobSchedule(10 * Second, null) });

        _jobs.Process(Batch(5, ("monitor1", 10))).Should().BeEmpty();
        _jobs.Jobs.Single().State.Should().Be(JobState.Scheduled);
        var results = ByOutput(_jobs.Process(Batch(10, ("monitor1", 7))));

        Sum(results, "cumulative").Should().Be(7);
    }

    [Fact]
    public void Reset_by_workflow_id_restarts_cumulative_outputs_and_their_start_time()
    {
        Handle(Config(Monitor1));
        _jobs.Process(Batch(2, ("monitor1", 2000)));
        _jobs.Process(Batch(3, ("monitor1", 3000)));

        var ack = Handle(new JobCommand("reset", null, MonitorHistogram, JobAction.Reset));
        var results = ByOutput(_jobs.Process(Batch(5, ("monitor1", 1000))));

        ack.Should().Be(CommandAcknowledgement.Ack("reset", "all"));
        Sum(results, "cumulative").Should().Be(1000);
        Sum(results, "counts_total_cumulative").Should().Be(1000);
        Coord(results["cumulative"], "start_time").Should().Be(5 * Second);
        results["cumulative"].Timestamp.Should().Be(5 * Second);
        _jobs.Jobs.Should().ContainSingle("reset keeps the job running");
    }

    [Fact]
    public void Reset_clears_the_jobs_start_and_end_time()
    {
        Handle(Config(Monitor1));
        _jobs.Process(Batch(2, ("monitor1", 10)));

        Handle(new JobCommand("reset", Monitor1, null, JobAction.Reset));

        _jobs.Jobs.Single().StartTime.Should().BeNull();
        _jobs.Jobs.Single().EndTime.Should().BeNull();
    }

    [Fact]
    public void Reset_by_job_id_acks_with_the_job_id_as_device()
    {
        Handle(Config(Monitor1));

        Handle(new JobCommand("r", Monitor1, null, JobAction.Reset)).Should().Be(CommandAcknowledgement.Ack("r", Monitor1.ToString()));
    }

    [Theory]
    [InlineData(JobAction.Pause, "pause")]
    [InlineData(JobAction.Resume, "resume")]
    public void Pause_and_resume_get_an_ERR_saying_not_implemented(JobAction action, string name)
    {
        Handle(Config(Monitor1));

        var ack = Handle(new JobCommand("p", null, null, action));

        ack!.Response.Should().Be(AckResponse.Err);
        ack.Device.Should().Be("all");
        ack.Message.Should().Contain($"'{name}'").And.Contain("not implemented");
        _jobs.Jobs.Should().ContainSingle();
    }

    [Fact]
    public void A_stop_for_an_unknown_job_id_is_silently_ignored()
    {
        Handle(Config(Monitor1));

        Handle(new JobCommand("s", new JobId("monitor1", JobNumber.New()), null, JobAction.Stop)).Should().BeNull();
        _jobs.Jobs.Should().ContainSingle();
    }

    [Fact]
    public void A_selector_command_matching_no_job_is_silently_ignored()
    {
        Handle(new JobCommand("s", null, null, JobAction.Stop)).Should().BeNull();
        Handle(Config(Monitor1));
        Handle(new JobCommand("s", null, new WorkflowId("dummy", "total_counts", 1), JobAction.Reset)).Should().BeNull();
    }

    [Fact]
    public void Stop_by_job_id_removes_only_that_job()
    {
        var monitor2 = new JobId("monitor2", _jobNumber);
        Handle(Config(Monitor1));
        Handle(Config(monitor2));

        var ack = Handle(new JobCommand("s", Monitor1, null, JobAction.Stop));

        ack.Should().Be(CommandAcknowledgement.Ack("s", $"monitor1/{_jobNumber}"));
        _jobs.Jobs.Select(j => j.Id).Should().Equal(monitor2);
        _jobs.Process(Batch(2, ("monitor1", 10), ("monitor2", 10))).Should().OnlyContain(r => r.Key.JobId == monitor2);
    }

    [Fact]
    public void Stop_by_workflow_id_removes_every_job_of_that_workflow()
    {
        Handle(Config(Monitor1));
        Handle(Config(new JobId("monitor2", JobNumber.New())));

        Handle(new JobCommand("s", null, MonitorHistogram, JobAction.Stop)).Should().Be(CommandAcknowledgement.Ack("s", "all"));

        _jobs.Jobs.Should().BeEmpty();
    }

    [Fact]
    public void A_second_config_with_the_same_job_id_replaces_the_job()
    {
        Handle(Config(Monitor1));
        _jobs.Process(Batch(2, ("monitor1", 2000)));

        Handle(Config(Monitor1, """{"toa_edges":{"num_bins":10}}""", messageId: "again"))
            .Should().Be(CommandAcknowledgement.Ack("again", "monitor1"));
        var results = ByOutput(_jobs.Process(Batch(4, ("monitor1", 1000))));

        _jobs.Jobs.Should().ContainSingle();
        Sum(results, "cumulative").Should().Be(1000);
        results["cumulative"].Value.Data.Shape.Should().Equal(10L);
        Coord(results["cumulative"], "start_time").Should().Be(4 * Second);
    }

    [Fact]
    public void MarkAllStopped_marks_every_job_stopped_for_the_final_heartbeat()
    {
        Handle(Config(Monitor1));
        _jobs.Process(Batch(2, ("monitor1", 10)));

        _jobs.MarkAllStopped();

        _jobs.Jobs.Single().Status.State.Should().Be(JobState.Stopped);
    }

    [Fact]
    public void A_workflow_that_fails_to_accumulate_reports_a_warning_and_publishes_nothing()
    {
        Handle(Config(Monitor1));
        var broken = new MessageBatch(2 * Second, 3 * Second, [new EventMessage("monitor1", 2 * Second, new byte[] { 1, 2, 3 })]);

        _jobs.Process(broken).Should().BeEmpty();

        var status = _jobs.Jobs.Single().Status;
        status.State.Should().Be(JobState.Warning);
        status.Warning.Should().StartWith("Accumulate failed");
    }

    [Fact]
    public void Results_values_are_data_arrays_of_the_workflow()
    {
        Handle(Config(Monitor1));

        var result = ByOutput(_jobs.Process(Batch(2, ("monitor1", 10))))["cumulative"];

        result.Value.Data.Dims.Should().Equal("time_of_arrival");
        result.Value.Coords.Select(c => c.Key).Should().Equal("time_of_arrival", "start_time", "time");
        result.Value.Should().BeOfType<DataArray>();
    }
}
