using LiveData.Services.Backend;
using LiveData.Services.Routing;

namespace LiveData.Tests.Services;

/// <summary>
/// The stream a scenario's raw-data driver publishes a monitor or detector to (<see cref="StreamRoutes.DevStreamOf"/>)
/// is, on every instrument, one the service hosting that source reads and maps back to the same source.
/// </summary>
public sealed class RawStreamsOnEveryInstrumentTests
{
    // A scenario's own namespace, as the acceptance suite uses, so the prefix is carried through too.
    private static readonly TopicNamespace Namespace = TopicNamespace.Of("s0123abcd-");

    public static TheoryData<string, string> MonitorsAndDetectors()
    {
        var data = new TheoryData<string, string>();
        foreach (var instrument in InstrumentCatalog.Names.Select(InstrumentCatalog.Get))
        {
            foreach (var source in instrument.Monitors.Concat(instrument.Detectors.Select(d => d.Name)))
            {
                data.Add(instrument.Name, source);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(MonitorsAndDetectors))]
    public void The_published_stream_is_read_by_the_hosting_service_and_maps_back_to_the_source(string instrumentName, string source)
    {
        var instrument = InstrumentCatalog.Get(instrumentName);
        var topics = InstrumentTopics.For(instrumentName, Namespace);

        var published = StreamRoutes.DevStreamOf(instrument, topics, source);

        var services = instrument.Workflows.Where(w => w.SourceNames.Contains(source)).Select(w => w.ServiceName).Distinct().ToList();
        services.Should().NotBeEmpty($"some workflow of {instrumentName} takes {source}");
        foreach (var service in services)
        {
            var routes = BackendServiceCatalog.RoutesFor(service, instrument, topics, dev: true);
            routes.Topics.Should().Contain(published.Topic, $"{service} on {instrumentName} must subscribe to where {source} is published");
            routes.Resolve(published.Topic, published.SourceName).Should().Be(source, $"{service} on {instrumentName} must map ({published.Topic}, {published.SourceName}) back to {source}");
        }
    }

    [Fact]
    public void Loki_monitors_are_published_under_their_dev_names_not_their_logical_names()
    {
        var published = StreamRoutes.DevStreamOf(InstrumentCatalog.Get("loki"), InstrumentTopics.For("loki"), "beam_monitor_m2");

        published.Should().Be(new RawStream("loki_beam_monitor", "monitor3", "beam_monitor_m2", RawTopicKind.Monitor));
    }

    [Fact]
    public void A_source_the_instrument_does_not_have_is_refused_naming_the_instrument_and_its_sources()
    {
        var resolve = () => StreamRoutes.DevStreamOf(InstrumentCatalog.Get("dream"), InstrumentTopics.For("dream"), "monitor1");

        resolve.Should().Throw<ArgumentException>().WithMessage("*'dream'*'monitor1'*monitor_bunker, monitor_cave, mantle_detector*");
    }
}
