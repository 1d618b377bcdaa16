using LiveData.Services.Backend;

namespace LiveData.Tests.Services;

/// <summary>A backend service in a topic namespace reads only that namespace's topics, with DEV and PROD names alike.</summary>
public sealed class NamespacedRoutingTests
{
    private static readonly InstrumentTopics Topics = InstrumentTopics.For("loki", TopicNamespace.Of("s42-"));

    [Theory]
    [InlineData(true, "s42-loki_beam_monitor", "monitor2")]
    [InlineData(false, "s42-loki_beam_monitor", "cbm2")]
    public void Raw_topics_are_read_in_the_namespace_only(bool dev, string topic, string source)
    {
        var routes = BackendServiceCatalog.RoutesFor("monitor_data", InstrumentCatalog.Get("loki"), Topics, dev);

        routes.Resolve(topic, source).Should().Be("beam_monitor_m1");
        routes.Resolve(topic["s42-".Length..], source).Should().BeNull();
    }

    [Fact]
    public void Commands_are_read_in_the_namespace()
    {
        var service = BackendServiceCatalog.Get("monitor_data");

        BackendServiceCatalog.TopicsFor(service, BackendServiceCatalog.RoutesFor("monitor_data", InstrumentCatalog.Get("loki"), Topics), Topics)
            .Should().OnlyContain(topic => topic.StartsWith("s42-loki_", StringComparison.Ordinal))
            .And.Contain("s42-loki_livedata_commands");
    }
}
