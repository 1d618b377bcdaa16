using LiveData.Cli.Commands;
using LiveData.Cli.Up;
using LiveData.Geometry.Nexus;
using LiveData.Services.Backend;
using LiveData.Services.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace LiveData.Tests.Cli;

/// <summary>Which workflows <c>livedata up</c> runs, and what it starts to feed them, without running anything.</summary>
public sealed class UpCommandTests
{
    private static IReadOnlyList<string> Errors(string arguments) =>
        [.. LiveDataCommandLine.Build().Parse(arguments).Errors.Select(e => e.Message)];

    [Theory]
    [InlineData("up")]
    [InlineData("up --instrument tbl --workflow he3_detector_view")]
    [InlineData("up --workflow timeseries_data --source motion1 --source motion2")]
    [InlineData("up --instrument odin --workflow timeseries_data --source source/energy")]
    public void Accepts_any_workflow_of_the_instrument_and_its_sources(string arguments) => Errors(arguments).Should().BeEmpty();

    [Fact]
    public void Refuses_a_workflow_the_instrument_does_not_have_and_names_the_known_ones() =>
        Errors("up --instrument nmx --workflow wire_view").Should().ContainSingle()
            .Which.Should().Be("nmx has no workflow 'wire_view'. Known: monitor_histogram, panel_xy, timeseries_data");

    [Fact]
    public void Refuses_a_source_the_workflow_does_not_have() =>
        Errors("up --workflow panel_0_xy --source monitor1").Should().ContainSingle()
            .Which.Should().Be("dummy/panel_0_xy/1 has no source monitor1. Known: panel_0");

    [Fact]
    public void An_unknown_instrument_is_one_error_not_two() =>
        Errors("up --instrument nope").Should().ContainSingle().Which.Should().StartWith("Argument 'nope' not recognized");

    [Theory]
    [InlineData("up --param toa_edges.num_bins=200 --param toa_range.enabled=true")]
    [InlineData("up --param name=a=b")]
    public void Accepts_parameters_as_dotted_paths_with_values(string arguments) => Errors(arguments).Should().BeEmpty();

    [Theory]
    [InlineData("up --param toa_edges.num_bins", "--param toa_edges.num_bins: expected PATH=VALUE, e.g. toa_edges.num_bins=200")]
    [InlineData("up --param =5", "--param =5: expected PATH=VALUE, e.g. toa_edges.num_bins=200")]
    public void Refuses_a_parameter_without_a_path_and_a_value(string arguments, string error) =>
        Errors(arguments).Should().ContainSingle().Which.Should().Be(error);

    [Theory]
    [InlineData("dummy", "monitor_histogram", "fake_monitors", "monitor_data")]
    [InlineData("tbl", "he3_detector_view", "fake_detectors", "detector_data")]
    [InlineData("dummy", "total_counts", "fake_detectors", "data_reduction")]
    [InlineData("magic", "timeseries_data", "fake_logdata", "timeseries")]
    public void Feeds_the_workflows_service_with_the_fake_for_its_streams(string instrument, string workflow, string fake, string service)
    {
        var plan = UpPlan.Resolve(instrument, workflow, []);

        (plan.FakeName, plan.ServiceName).Should().Be((fake, service));
        plan.Sources.Should().Equal(plan.Workflow.SourceNames);
    }

    [Theory]
    [InlineData("tbl_area_detector_orca", FakeDetectorMode.Ad00)]
    [InlineData("he3_detector_view", FakeDetectorMode.Ev44)]
    public void Area_detector_views_get_images_and_event_views_get_events(string workflow, FakeDetectorMode mode)
    {
        var services = new ServiceCollection();

        UpPlan.Resolve("tbl", workflow, []).AddServices(services);

        services.Select(d => d.ImplementationInstance).OfType<FakeDetectorOptions>().Should().ContainSingle().Which.Mode.Should().Be(mode);
    }

    [Fact]
    public void Fakes_every_monitor_of_the_instrument()
    {
        var services = new ServiceCollection();

        UpPlan.Resolve("bifrost", "monitor_histogram", []).AddServices(services);

        services.Select(d => d.ImplementationInstance).OfType<FakeMonitorOptions>().Should().ContainSingle().Which.NumMonitors.Should().Be(5);
    }

    [Fact]
    public void Hands_the_instrument_files_to_the_backend_service_and_the_recorded_run_to_the_fake()
    {
        var services = new ServiceCollection();
        var run = new RecordedRun("run.nxs", [], []);

        (UpPlan.Resolve("dream", "monitor_histogram", []) with { GeometryFile = "g.nxs", LookupTableFile = "t.h5", Replay = run }).AddServices(services);

        var backend = services.Select(d => d.ImplementationInstance).OfType<BackendServiceOptions>().Should().ContainSingle().Subject;
        (backend.GeometryFile, backend.LookupTableFile).Should().Be(("g.nxs", "t.h5"));
        services.Select(d => d.ImplementationInstance).OfType<FakeMonitorOptions>().Should().ContainSingle().Which.Replay.Should().BeSameAs(run);
    }

    [Theory]
    [InlineData("up --instrument magic --workflow timeseries_data --nexus-file run.nxs", "--nexus-file replays monitor or detector events; fake_logdata feeds timeseries_data")]
    [InlineData("up --instrument dream --geometry /no/such/geometry.nxs", "--geometry /no/such/geometry.nxs: no such file")]
    [InlineData("up --instrument dream --nexus-file /no/such/run.nxs", "--nexus-file /no/such/run.nxs: no such file")]
    public void Refuses_files_it_cannot_use(string arguments, string error) =>
        Errors(arguments).Should().Contain(error);

    [Fact]
    public void A_workflow_normalised_by_monitors_gets_fake_monitors_beside_the_detectors()
    {
        var services = new ServiceCollection();

        UpPlan.Resolve("loki", "i_of_q", ["loki_detector_0"]).AddServices(services);

        var instances = services.Select(d => d.ImplementationInstance).ToList();
        instances.OfType<FakeDetectorOptions>().Should().ContainSingle();
        instances.OfType<FakeMonitorOptions>().Should().ContainSingle().Which.NumMonitors.Should().Be(5);
    }

    [Fact]
    public void With_the_web_page_every_other_backend_service_runs_and_each_fake_only_once()
    {
        var plan = UpPlan.Resolve("dummy", "monitor_histogram", []);
        var fakes = new HashSet<string>();
        // One host (service collection) per backend service, as livedata up builds them.
        var hosts = plan.OtherServices().Prepend(plan).Select(p =>
        {
            var services = new ServiceCollection();
            p.AddServices(services, fakes);
            return services;
        }).ToList();

        plan.OtherServices().Select(p => p.ServiceName).Should().Equal("detector_data", "data_reduction", "timeseries");
        fakes.Should().BeEquivalentTo(["fake_monitors", "fake_detectors", "fake_logdata"]);
        hosts.SelectMany(h => h.Select(d => d.ImplementationInstance)).OfType<FakeDetectorOptions>().Should().ContainSingle();
    }
}
