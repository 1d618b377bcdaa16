using LiveData.Protocol.Commands;
using LiveData.Services.Backend;

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
        HostedSources.Unknown(Loki, ServiceNames.DetectorData, ["loki_detector_0", "loki_detector_99", "beam_monitor_m0"])
            .Should().Equal("loki_detector_99", "beam_monitor_m0");
        HostedSources.Unknown(Loki, ServiceNames.MonitorData, ["beam_monitor_m0"]).Should().BeEmpty();
    }

    [Fact]
    public void A_worker_routes_only_the_raw_streams_of_its_sources()
    {
        var routes = BackendServiceCatalog.RoutesFor(ServiceNames.DetectorData, Loki, Topics, dev: true, HostedSources.Only(["loki_detector_1"]));

        routes.Resolve(Topics.Detector, "loki_detector_1").Should().Be("loki_detector_1");
        routes.Resolve(Topics.Detector, "loki_detector_0").Should().BeNull();
    }

    [Fact]
    public void Hosting_all_sources_routes_every_bank()
    {
        var routes = BackendServiceCatalog.RoutesFor(ServiceNames.DetectorData, Loki, Topics, dev: true, HostedSources.All);

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
    public void Two_workers_split_the_configs_and_the_data_between_them_each_answering_only_its_own()
    {
        var first = new ServiceHarness("loki", ServiceNames.DetectorData, HostedSources.Only(["loki_detector_0"]));
        var second = new ServiceHarness("loki", ServiceNames.DetectorData, HostedSources.Only(["loki_detector_1"]));
        foreach (var worker in new[] { first, second })
        {
            worker.Start("tube_view", "loki_detector_0");
            worker.Start("tube_view", "loki_detector_1");
            worker.Add(Topics.Detector, Events(Loki.DetectorStreams[0], 30))
                .Add(Topics.Detector, Events(Loki.DetectorStreams[1], 20))
                .Step();
        }

        first.Acks().Should().ContainSingle().Which.Device.Should().Be("loki_detector_0");
        second.Acks().Should().ContainSingle().Which.Device.Should().Be("loki_detector_1");
        first.Results().Select(r => r.Key.JobId.SourceName).Distinct().Should().Equal("loki_detector_0");
        second.Results().Select(r => r.Key.JobId.SourceName).Distinct().Should().Equal("loki_detector_1");
        first.Latest("counts_total_cumulative").Data.Sum().Should().Be(30);
        second.Latest("counts_total_cumulative").Data.Sum().Should().Be(20);
    }

    private static byte[] Events(DetectorStream stream, int events) =>
        DetectorEvents.Ev44(stream.SourceName, 1_000_000_000, events, stream.FirstDetectorNumber, stream.LastDetectorNumber);

    private static WorkflowConfig Config(string source, string messageId) => new(
        TubeView, messageId, new JobId(source, JobNumber.New()), JobSchedule.Unbounded, new Dictionary<string, string>(),
        JsonDocument.Parse("{}").RootElement.Clone());
}
