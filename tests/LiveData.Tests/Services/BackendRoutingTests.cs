using LiveData.Services.Backend;
using LiveData.Services.Batching;
using LiveData.Services.Routing;

namespace LiveData.Tests.Services;

/// <summary>Which raw streams and topics each backend service reads, per instrument and naming.</summary>
public sealed class BackendRoutingTests
{
    private static StreamRoutes Routes(string service, string instrument, bool dev = true) =>
        BackendServiceCatalog.RoutesFor(service, InstrumentCatalog.Get(instrument), InstrumentTopics.For(instrument), dev);

    private static IReadOnlyList<string> Topics(string service, string instrument) =>
        BackendServiceCatalog.TopicsFor(BackendServiceCatalog.Get(service), Routes(service, instrument), InstrumentTopics.For(instrument));

    [Fact]
    public void Detector_data_reads_detectors_area_detectors_commands_and_rois() =>
        Topics("detector_data", "dummy").Should().BeEquivalentTo("dummy_detector", "dummy_area_detector", "dummy_livedata_commands", "dummy_livedata_roi");

    [Fact]
    public void Data_reduction_reads_the_detector_and_commands() =>
        Topics("data_reduction", "dummy").Should().BeEquivalentTo("dummy_detector", "dummy_livedata_commands");

    [Fact]
    public void Data_reduction_also_reads_the_monitors_a_workflow_takes_as_aux_sources() =>
        Topics("data_reduction", "loki").Should().Contain(["loki_detector", "loki_beam_monitor"]);

    [Fact]
    public void Timeseries_reads_the_log_topic_and_commands() =>
        Topics("timeseries", "dummy").Should().BeEquivalentTo("dummy_motion", "dummy_livedata_commands");

    [Fact]
    public void Monitor_data_reads_no_detector_topic() =>
        Topics("monitor_data", "dummy").Should().BeEquivalentTo("dummy_beam_monitor", "dummy_livedata_commands");

    [Fact]
    public void A_service_with_no_workflows_on_an_instrument_reads_only_commands() =>
        Topics("data_reduction", "nmx").Should().Equal("nmx_livedata_commands");

    [Fact]
    public void Bifrosts_45_triplet_streams_merge_into_the_unified_detector()
    {
        var routes = Routes("detector_data", "bifrost");

        routes.Resolve("bifrost_detector", "125_channel_1_1_triplet").Should().Be("unified_detector");
        routes.Resolve("bifrost_detector", "129_channel_1_2_triplet").Should().Be("unified_detector");
        InstrumentCatalog.Get("bifrost").DetectorStreams.Select(s => s.SourceName).Distinct().Should().HaveCount(45);
    }

    [Fact]
    public void Prod_names_map_onto_the_same_streams()
    {
        Routes("detector_data", "bifrost", dev: false).Resolve("bifrost_detector", "arc=4;triplet=8").Should().Be("unified_detector");
        Routes("detector_data", "dream", dev: false).Resolve("dream_detector_mantle", "dream").Should().Be("mantle_detector");
        Routes("detector_data", "loki", dev: false).Resolve("loki_detector_bank8", "caen").Should().Be("loki_detector_8");
        Routes("monitor_data", "loki", dev: false).Resolve("loki_beam_monitor", "cbm2").Should().Be("beam_monitor_m1");
        Routes("timeseries", "dummy", dev: false).KindOf("dummy_motion").Should().Be(RawTopicKind.Log);
    }

    [Fact]
    public void Dev_names_are_what_the_fakes_publish()
    {
        var routes = Routes("detector_data", "dream");

        routes.Resolve("dream_detector", "mantle_detector").Should().Be("mantle_detector");
        routes.Resolve("dream_detector", "dream").Should().BeNull("that is the PROD name");
    }

    [Fact]
    public void Each_service_batches_as_upstream_does()
    {
        BackendServiceCatalog.BatcherFor(BackendServiceCatalog.Get("timeseries"), TimeProvider.System).Should().BeOfType<ImmediateBatcher>();
        BackendServiceCatalog.BatcherFor(BackendServiceCatalog.Get("detector_data"), TimeProvider.System).Should().BeOfType<DataTimeBatcher>();
    }

    [Fact]
    public void An_unknown_service_is_refused_with_the_known_ones() =>
        FluentActions.Invoking(() => BackendServiceCatalog.Get("nope")).Should().Throw<ArgumentException>().WithMessage("*detector_data*timeseries*");

    [Fact]
    public void The_immediate_batcher_releases_each_cycle_on_the_pulse_grid()
    {
        var batcher = new ImmediateBatcher();
        batcher.CloseIfStalled().Should().BeNull();
        batcher.Add(new LogMessage("m", 100, 1)).Should().BeEmpty();
        batcher.Add(new LogMessage("m", ImmediateBatcher.PulsePeriodNs + 5, 2));

        var batch = batcher.CloseIfStalled()!;

        batch.Messages.Should().HaveCount(2);
        (batch.StartNs, batch.EndNs).Should().Be((0, 2 * ImmediateBatcher.PulsePeriodNs));
        batcher.CloseIfStalled().Should().BeNull();
    }
}
