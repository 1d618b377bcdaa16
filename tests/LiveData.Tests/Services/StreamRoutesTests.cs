using LiveData.Services.Backend;
using LiveData.Services.Routing;

namespace LiveData.Tests.Services;

public sealed class StreamRoutesTests
{
    private static readonly Instrument Dummy = InstrumentCatalog.Get("dummy");
    private static readonly InstrumentTopics Topics = InstrumentTopics.For("dummy");

    [Fact]
    public void Dev_monitor_source_names_are_monitor1_to_N()
    {
        StreamRoutes.DevMonitorSourceName(0).Should().Be("monitor1");
        StreamRoutes.DevMonitorSourceName(9).Should().Be("monitor10");
    }

    [Fact]
    public void Needed_monitors_are_routed_from_the_beam_monitor_topic()
    {
        var routes = StreamRoutes.ForMonitors(Dummy, Topics, new HashSet<string> { "monitor1", "monitor2" });

        routes.Resolve("dummy_beam_monitor", "monitor1").Should().Be("monitor1");
        routes.Resolve("dummy_beam_monitor", "monitor2").Should().Be("monitor2");
        routes.Topics.Should().Equal("dummy_beam_monitor");
    }

    [Fact]
    public void Unneeded_unknown_or_wrong_topic_pairs_are_unmapped()
    {
        var routes = StreamRoutes.ForMonitors(Dummy, Topics, new HashSet<string> { "monitor2" });

        routes.Resolve("dummy_beam_monitor", "monitor1").Should().BeNull();
        routes.Resolve("dummy_beam_monitor", "monitor3").Should().BeNull();
        routes.Resolve("dummy_detector", "monitor2").Should().BeNull();
        routes.Resolve("dummy_beam_monitor", "monitor2").Should().Be("monitor2");
    }

    [Fact]
    public void No_needed_streams_means_no_topics()
    {
        StreamRoutes.ForMonitors(Dummy, Topics, new HashSet<string>()).Topics.Should().BeEmpty();
    }

    [Fact]
    public void The_monitor_data_service_routes_the_monitors_its_workflows_need()
    {
        var routes = BackendServiceCatalog.RoutesFor("monitor_data", Dummy, Topics);

        routes.Resolve("dummy_beam_monitor", "monitor1").Should().Be("monitor1");
        routes.Resolve("dummy_beam_monitor", "monitor2").Should().Be("monitor2");
    }

    [Fact]
    public void An_unknown_service_is_rejected()
    {
        var routes = () => BackendServiceCatalog.RoutesFor("no_such_service", Dummy, Topics);

        routes.Should().Throw<ArgumentException>().WithMessage("*no_such_service*monitor_data*");
    }
}
