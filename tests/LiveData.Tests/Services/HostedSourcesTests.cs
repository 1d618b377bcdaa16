using System.Text.Json;
using FluentAssertions;
using LiveData.Identity;
using LiveData.Instruments;
using LiveData.Messaging;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Commands;
using LiveData.Protocol.Status;
using LiveData.Services.Backend;
using LiveData.Services.Batching;
using LiveData.Services.Jobs;
using LiveData.Services.Publishing;
using LiveData.Services.Routing;
using LiveData.Tests.Services.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace LiveData.Tests.Services;

/// <summary>Scale-out: a worker started with <c>--sources</c> routes and answers only for the sources it hosts.</summary>
public sealed class HostedSourcesTests
{
    private static readonly Instrument Loki = InstrumentCatalog.Get("loki");
    private static readonly InstrumentTopics Topics = InstrumentTopics.For("loki");
    private static readonly WorkflowId TubeView = new("loki", "tube_view", 1);

    [Fact]
    public void A_list_is_split_on_commas_without_blanks_or_repeats() =>
        HostedSources.ParseList(" loki_detector_0,,loki_detector_1 ,loki_detector_0").Should().Equal("loki_detector_0", "loki_detector_1");

    [Fact]
    public void Names_that_are_no_source_of_the_service_are_reported()
    {
        HostedSources.Unknown(Loki, BackendServiceCatalog.DetectorData, ["loki_detector_0", "loki_detector_99", "beam_monitor_m0"])
            .Should().Equal("loki_detector_99", "beam_monitor_m0");
        HostedSources.Unknown(Loki, BackendServiceCatalog.MonitorData, ["beam_monitor_m0"]).Should().BeEmpty();
    }

    [Fact]
    public void A_worker_routes_only_the_raw_streams_of_its_sources()
    {
        var routes = BackendServiceCatalog.RoutesFor(BackendServiceCatalog.DetectorData, Loki, Topics, dev: true, HostedSources.Only(["loki_detector_1"]));

        routes.Resolve(Topics.Detector, "loki_detector_1").Should().Be("loki_detector_1");
        routes.Resolve(Topics.Detector, "loki_detector_0").Should().BeNull();
    }

    [Fact]
    public void Hosting_all_sources_routes_every_bank()
    {
        var routes = BackendServiceCatalog.RoutesFor(BackendServiceCatalog.DetectorData, Loki, Topics, dev: true, HostedSources.All);

        Loki.DetectorStreams.Should().OnlyContain(s => routes.Resolve(Topics.Detector, s.SourceName) == s.Detector);
    }

    [Fact]
    public void Only_configs_for_other_sources_are_refused_job_commands_pass()
    {
        var hosted = HostedSources.Only(["loki_detector_0"]);

        hosted.Accepts(Config("loki_detector_0", "a")).Should().BeTrue();
        hosted.Accepts(Config("loki_detector_1", "b")).Should().BeFalse();
        hosted.Accepts(new JobCommand("c", null, TubeView, JobAction.Stop)).Should().BeTrue();
        HostedSources.All.Accepts(Config("loki_detector_1", "d")).Should().BeTrue();
    }

    [Fact]
    public void Two_workers_split_the_configs_between_them_each_answering_only_its_own()
    {
        var first = new Worker(HostedSources.Only(["loki_detector_0"]));
        var second = new Worker(HostedSources.Only(["loki_detector_1"]));
        byte[][] configs = [CommandJson.Serialize(Config("loki_detector_0", "for-first")), CommandJson.Serialize(Config("loki_detector_1", "for-second"))];

        first.Run(configs);
        second.Run(configs);

        first.Acks().Should().Equal(CommandAcknowledgement.Ack("for-first", "loki_detector_0"));
        second.Acks().Should().Equal(CommandAcknowledgement.Ack("for-second", "loki_detector_1"));
        first.Jobs.Jobs.Select(j => j.Id.SourceName).Should().Equal("loki_detector_0");
        second.Jobs.Jobs.Select(j => j.Id.SourceName).Should().Equal("loki_detector_1");
    }

    private static WorkflowConfig Config(string source, string messageId) => new(
        TubeView, messageId, new JobId(source, JobNumber.New()), JobSchedule.Unbounded, new Dictionary<string, string>(),
        JsonDocument.Parse("{}").RootElement.Clone());

    private sealed class Worker
    {
        private readonly RecordingSink _sink = new();
        private readonly ServiceCycle _cycle;

        public Worker(HostedSources hosted)
        {
            var routes = BackendServiceCatalog.RoutesFor(BackendServiceCatalog.DetectorData, Loki, Topics, dev: true, hosted);
            var statistics = new StreamStatisticsCollector(TimeProvider.System, TimeSpan.FromSeconds(30));
            var adapter = new RawMessageAdapter(Topics, routes, statistics, NullLogger<RawMessageAdapter>.Instance);
            Jobs = new JobManager(Loki, BackendServiceCatalog.DetectorData, NullLogger<JobManager>.Instance);
            _cycle = new ServiceCycle(adapter, new SkippedRecordCounter(statistics, NullLogger.Instance), Jobs, new ImmediateBatcher(), new ServiceOutbox(_sink, Topics, new HeartbeatOrigin("1", "h", 1)), NullLogger.Instance, hosted);
        }

        public JobManager Jobs { get; }

        public void Run(IEnumerable<byte[]> commands)
        {
            var queue = new RecordQueue();
            foreach (var command in commands)
            {
                queue.Add(Topics.Commands, command);
            }
            _cycle.Run(queue, 1000);
        }

        public List<CommandAcknowledgement> Acks() => [.. _sink.On(Topics.Responses).Select(a => CommandAcknowledgement.Parse(a))];
    }
}
