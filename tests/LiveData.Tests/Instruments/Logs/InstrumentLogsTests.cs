using LiveData.Core.Beamline;
using LiveData.Instruments.Logs;

namespace LiveData.Tests.Instruments.Logs;

/// <summary>Upstream's <c>name_streams</c> over <c>filter_authorized_streams</c>, on small tables and on every instrument's own.</summary>
public sealed class InstrumentLogsTests
{
    public static TheoryData<string> Instruments => new(InstrumentCatalog.Names.ToArray());

    private static ParsedF144Stream Log(string path, string source = "PV", string unit = "mm") => new(path, source, "x_motion", unit);

    // A motor group with a readback and a done flag (upstream's smallest auto-detected device).
    private static ParsedF144Stream[] Motor(string group, string unit = "mm") =>
        [Log($"{group}/value", $"{group}.RBV", unit), Log($"{group}/idle_flag", $"{group}.DMOV", "dimensionless")];

    private static InstrumentLogs Named(ParsedF144Stream[] parsed, params (string Path, string Name)[] renames) =>
        InstrumentLogs.FromParsed(parsed, renames.ToDictionary(r => r.Path, r => r.Name));

    private static InstrumentLogs LogsOf(string instrument) => InstrumentCatalog.Get(instrument).Logs;

    [Fact]
    public void A_plain_log_keeps_its_unit_topic_and_pv_under_its_suggested_name()
    {
        var logs = Named([Log("/entry/instrument/motor/value", "PV:A")]);

        logs.Streams.Should().Equal(new F144Log("motor/value", "mm", "x_motion", "PV:A"));
        logs.Devices.Should().BeEmpty();
    }

    [Fact]
    public void A_device_is_named_after_its_group_and_points_at_its_named_substreams()
    {
        var logs = Named(Motor("/entry/instrument/motor"));

        logs.Streams.Select(s => s.Name).Should().Equal("motor/value", "motor/idle_flag");
        logs.Devices.Should().Equal(new LogDevice("motor", "mm", "motor/value", null, "motor/idle_flag"));
    }

    [Fact]
    public void A_device_name_drops_a_redundant_parent() =>
        Named(Motor("/entry/instrument/114_sample_stack/rotation_stage", "deg")).Devices.Should().Equal(
            new LogDevice("rotation_stage", "deg", "rotation_stage/value", null, "rotation_stage/idle_flag"));

    [Fact]
    public void Sibling_devices_of_one_leaf_name_extend_to_their_parents()
    {
        var logs = Named([.. Motor("/entry/instrument/a/motor"), .. Motor("/entry/instrument/b/motor")]);

        logs.Devices.Select(d => (d.Name, d.Value)).Should().Equal(("a/motor", "a/motor/value"), ("b/motor", "b/motor/value"));
    }

    [Fact]
    public void A_device_never_takes_the_name_of_a_log()
    {
        var logs = Named([.. Motor("/entry/instrument/x/m"), Log("/entry/instrument/m")]);

        logs.Find("m").Should().NotBeNull();
        logs.Devices.Should().ContainSingle().Which.Name.Should().Be("x/m");
    }

    [Fact]
    public void A_rename_overrides_the_suggestion_for_a_log_and_for_a_device()
    {
        var logs = Named(
            [Log("/entry/instrument/detector_arm/detector_rotation/value"), .. Motor("/entry/instrument/big_name/m")],
            ("/entry/instrument/detector_arm/detector_rotation/value", "detector_rotation"), ("/entry/instrument/big_name/m", "short"));

        logs.Streams.Select(s => s.Name).Should().Equal("detector_rotation", "m/value", "m/idle_flag");
        logs.Devices.Should().Equal(new LogDevice("short", "mm", "m/value", null, "m/idle_flag"));
    }

    [Fact]
    public void A_renamed_substream_is_what_its_device_points_at() =>
        Named(Motor("/entry/instrument/m"), ("/entry/instrument/m/value", "m_readback")).FindDevice("m")!.Value.Should().Be("m_readback");

    [Fact]
    public void A_rename_of_an_unknown_path_is_refused_naming_it() =>
        FluentActions.Invoking(() => Named([Log("/entry/foo/value")], ("/missing", "x")))
            .Should().Throw<ArgumentException>().WithMessage("*/missing*");

    [Fact]
    public void A_rename_onto_a_taken_name_is_refused() =>
        FluentActions.Invoking(() => Named([Log("/entry/instrument/foo/value"), Log("/entry/instrument/bar/value")], ("/entry/instrument/bar/value", "foo/value")))
            .Should().Throw<ArgumentException>().WithMessage("*'foo/value'*'/entry/instrument/bar/value'*");

    [Fact]
    public void Timeseries_sources_are_plain_logs_and_devices_in_ordinal_order_without_substreams()
    {
        var logs = Named(
        [
            Log("/entry/instrument/motor/value", "M.RBV"), Log("/entry/instrument/motor/target_value", "M.VAL"),
            Log("/entry/instrument/alpha/speed", unit: "Hz"), Log("/entry/instrument/Zeta/speed", unit: "Hz"),
        ]);

        logs.TimeseriesSources.Should().Equal(new LogStream("Zeta/speed", "Hz"), new LogStream("alpha/speed", "Hz"), new LogStream("motor", "mm"));
        logs.Streams.Should().HaveCount(4, "the substreams are still raw logs on Kafka");
    }

    [Theory]
    [InlineData("motor", new[] { "motor/value", "motor/target_value" })]
    [InlineData("alpha/speed", new[] { "alpha/speed" })]
    [InlineData("motor/value", new[] { "motor/value" })]
    [InlineData("monitor1", new string[0])]
    public void Raw_logs_of_a_source_are_a_devices_substreams_or_the_log_itself(string source, string[] raw) =>
        Named([Log("/entry/instrument/motor/value", "M.RBV"), Log("/entry/instrument/motor/target_value", "M.VAL"), Log("/entry/instrument/alpha/speed")])
            .RawLogsOf(source).Should().Equal(raw);

    [Fact]
    public void Tbls_attenuator_is_a_device_of_its_readback_and_setpoint()
    {
        var logs = LogsOf("tbl");

        logs.FindDevice("attentuator").Should().Be(new LogDevice("attentuator", "mm", "attentuator/position_readback", "attentuator/position_setpoint", null));
        logs.Find("attentuator/position_readback").Should().Be(new F144Log("attentuator/position_readback", "mm", "tbl_motion", "TBL-AttChg:MC-LinY-01:Mtr.RBV"));
        logs.Devices.Select(d => d.Name).Should().Equal(
            "attentuator", "camera_stage", "collimator_horizontal", "collimator_vertical", "filter_1", "filter_2", "filter_3", "pinhole");
    }

    [Fact]
    public void Tbl_reads_only_its_authorized_topics()
    {
        var logs = LogsOf("tbl");

        // 68 rows in the table, 34 of them on tbl_misc_devices or tbl_nicos_devices; 8 devices replace 16 substreams.
        logs.Streams.Should().HaveCount(34);
        logs.Streams.Select(s => s.ProdTopic).Distinct().Should().BeEquivalentTo("tbl_motion", "tbl_choppers", "tbl_sample_env", "tn_data_general");
        logs.TimeseriesSources.Should().HaveCount(34 - 16 + 8);
    }

    [Fact]
    public void Bifrost_keeps_all_its_116_logs()
    {
        // system-spec §7.2: topics bifrost_motion 51, bifrost_choppers 42, bifrost_sample_env 14, tn_data_general 9.
        LogsOf("bifrost").Streams.CountBy(s => s.ProdTopic).Should().BeEquivalentTo(new Dictionary<string, int>
        {
            ["bifrost_motion"] = 51, ["bifrost_choppers"] = 42, ["bifrost_sample_env"] = 14, ["tn_data_general"] = 9,
        });
    }

    [Fact]
    public void Beers_hexapod_axes_are_named_under_hexapod()
    {
        var names = LogsOf("beer").Streams.Select(s => s.Name).ToHashSet();

        string[] axes = ["position_x", "position_y", "position_z", "rotation_x", "rotation_y", "rotation_z", "rotary_stage"];
        names.Should().Contain(from axis in axes from leaf in new[] { "value", "target_value", "idle_flag" } select $"hexapod/{axis}/{leaf}");
        names.Should().NotContain("position_x/value");
        LogsOf("beer").Find("hexapod/rotary_stage/value")!.Unit.Should().Be("deg");
    }

    [Theory]
    [InlineData("SOM", "deg")]
    [InlineData("neutron_prod_info/pulse_charge", "µC")]
    [InlineData("neutron_prod_info/pulse_width", "ms")]
    public void Units_are_spelled_as_scipp_spells_them(string log, string unit) => LogsOf("tbl").Find(log)!.Unit.Should().Be(unit);

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Every_instruments_logs_have_units_unique_names_and_authorized_topics(string instrument)
    {
        var logs = LogsOf(instrument);

        logs.Streams.Should().NotBeEmpty();
        logs.Streams.Select(s => s.Name).Concat(logs.Devices.Select(d => d.Name)).Should().OnlyHaveUniqueItems();
        var units = logs.Streams.Select(s => s.Unit).Concat(logs.Devices.Select(d => d.Unit)).ToList();
        units.Should().AllSatisfy(unit => unit.Should().NotBeNullOrWhiteSpace());
        units.Should().NotContain(["degrees", "us", "uC"], "scipp spells them deg, µs and µC");
        logs.Streams.Should().AllSatisfy(s => F144StreamTable.IsAuthorized(new(s.Name, s.ProdSource, s.ProdTopic, s.Unit)).Should().BeTrue(s.ProdTopic));
        logs.Devices.SelectMany(d => d.Substreams).Where(sub => logs.Find(sub) is null).Should().BeEmpty("a device is merged from raw logs");
    }

    [Theory]
    [MemberData(nameof(Instruments))]
    public void The_timeseries_workflow_offers_every_timeseries_source(string instrument)
    {
        var spec = InstrumentCatalog.Get(instrument).WorkflowsOf("timeseries").Single(w => w.Id.Name == "timeseries_data");

        spec.SourceNames.Should().Equal(LogsOf(instrument).TimeseriesSources.Select(s => s.Name));
    }
}
