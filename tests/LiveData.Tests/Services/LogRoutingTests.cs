using LiveData.Services.Backend;
using LiveData.Services.Routing;

namespace LiveData.Tests.Services;

/// <summary>Which f144 records the timeseries service reads: real PVs on their own topics in PROD, log names on the motion topic in DEV, a device's substreams for a device.</summary>
public sealed class LogRoutingTests
{
    private const string AttenuatorReadback = "TBL-AttChg:MC-LinY-01:Mtr.RBV";

    private static readonly Instrument Tbl = InstrumentCatalog.Get("tbl");

    private static StreamRoutes Routes(bool dev, HostedSources? hosted = null, TopicNamespace? topicNamespace = null) =>
        BackendServiceCatalog.RoutesFor(ServiceNames.Timeseries, Tbl, InstrumentTopics.For("tbl", topicNamespace), dev, hosted);

    [Theory]
    [InlineData("tbl_motion", AttenuatorReadback, "attentuator/position_readback")]
    [InlineData("tbl_motion", "TBL-AttChg:MC-LinY-01:Mtr.VAL", "attentuator/position_setpoint")]
    [InlineData("tbl_choppers", "TBL-ChpSy1:Chop-BWC-101:Spd_R", "bwc_1/rotation_speed")]
    [InlineData("tbl_sample_env", "SIM_tbl:polarizer:transformations:translation1", "polarizer/translation1")]
    [InlineData("tn_data_general", "A2T-130LWU:PBI-BCM-001:PulseChargeR", "neutron_prod_info/pulse_charge")]
    public void Prod_routes_each_pv_on_its_topic_to_its_log(string topic, string pv, string log) =>
        Routes(dev: false).Resolve(topic, pv).Should().Be(log);

    [Fact]
    public void Prod_reads_every_authorized_log_topic_and_no_other()
    {
        var routes = Routes(dev: false);

        routes.Topics.Should().Contain(["tbl_motion", "tbl_choppers", "tbl_sample_env", "tn_data_general"]);
        routes.Topics.Should().NotContain(["tbl_misc_devices", "tbl_nicos_devices"]);
        routes.KindOf("tbl_choppers").Should().Be(RawTopicKind.Log);
    }

    [Fact]
    public void Dev_routes_the_log_names_the_fakes_publish_on_the_motion_topic_and_never_a_device()
    {
        var routes = Routes(dev: true);

        routes.Resolve("tbl_motion", "attentuator/position_readback").Should().Be("attentuator/position_readback");
        routes.Resolve("tbl_motion", "bwc_1/rotation_speed").Should().Be("bwc_1/rotation_speed");
        routes.Resolve("tbl_motion", "attentuator").Should().BeNull("a device is merged in process, never sent");
        routes.Resolve("tbl_motion", AttenuatorReadback).Should().BeNull("that is the PROD name");
    }

    [Fact]
    public void A_worker_hosting_one_device_reads_its_substreams_only()
    {
        var routes = Routes(dev: false, HostedSources.Only(["attentuator"]));

        routes.Resolve("tbl_motion", AttenuatorReadback).Should().Be("attentuator/position_readback");
        routes.Resolve("tbl_motion", "TBL-FilChg:MC-LinY-01:Mtr.RBV").Should().BeNull("filter_1 is another worker's");
        routes.Topics.Should().Equal("tbl_motion");
    }

    [Fact]
    public void Prod_log_topics_take_the_topic_prefix() =>
        Routes(dev: false, topicNamespace: TopicNamespace.Of("ci-")).Resolve("ci-tbl_motion", AttenuatorReadback).Should().Be("attentuator/position_readback");
}
