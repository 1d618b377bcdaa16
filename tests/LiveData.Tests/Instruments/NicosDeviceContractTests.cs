namespace LiveData.Tests.Instruments;

/// <summary>
/// Every instrument offers NICOS the derived devices its upstream device contract lists
/// (src/ess/livedata/config/instruments/&lt;name&gt;/device_contract.yaml, snapshot 760944c): device name and workflow.
/// </summary>
public sealed class NicosDeviceContractTests
{
    public static TheoryData<string, string[]> Contracts => new()
    {
        { "beer", ["cbm1_counts_total beer/monitor_histogram/1", "cbm2_counts_total beer/monitor_histogram/1", "hereon_counts_total beer/monitor_histogram/1",
            "beer_detector_s2_counts_total beer/bank_view/1", "beer_detector_n2_counts_total beer/bank_view/1"] },
        { "bifrost", ["psc_monitor_counts_total bifrost/monitor_histogram/1", "overlap_monitor_counts_total bifrost/monitor_histogram/1",
            "bandwidth_monitor_counts_total bifrost/monitor_histogram/1", "normalization_monitor_counts_total bifrost/monitor_histogram/1",
            "elastic_monitor_counts_total bifrost/monitor_histogram/1", "unified_detector_counts_total bifrost/unified_detector_view/1"] },
        { "dream", ["monitor_bunker_counts_total dream/monitor_histogram/1", "monitor_cave_counts_total dream/monitor_histogram/1",
            "mantle_detector_counts_total dream/detector_projection/1", "endcap_backward_detector_counts_total dream/detector_projection/1",
            "endcap_forward_detector_counts_total dream/detector_projection/1", "high_resolution_detector_counts_total dream/detector_projection/1",
            "sans_detector_counts_total dream/detector_projection/1"] },
        { "dummy", ["monitor1_counts_total dummy/monitor_histogram/1", "monitor2_counts_total dummy/monitor_histogram/1",
            "panel_0_counts_total dummy/panel_0_xy/1", "area_panel_counts_total dummy/area_panel_xy/1"] },
        { "estia", ["cbm1_counts_total estia/monitor_histogram/1", "multiblade_detector_counts_total estia/estia_multiblade_detector_view/1"] },
        { "loki", [.. Enumerable.Range(0, 5).Select(i => $"beam_monitor_m{i}_counts_total loki/monitor_histogram/1"),
            .. Enumerable.Range(0, 9).Select(i => $"loki_detector_{i}_counts_total loki/detector_xy_projection/1")] },
        { "magic", ["beam_monitor_1_counts_total magic/monitor_histogram/1", "magic_detector_a_counts_total magic/detector_projection/1",
            "magic_detector_b_counts_total magic/detector_projection/1"] },
        { "nmx", ["monitor1_counts_total nmx/monitor_histogram/1", "monitor2_counts_total nmx/monitor_histogram/1",
            .. Enumerable.Range(0, 3).Select(i => $"detector_panel_{i}_counts_total nmx/panel_xy/1")] },
        { "odin", ["monitor1_counts_total odin/monitor_histogram/1", "monitor2_counts_total odin/monitor_histogram/1", "timepix3_counts_total odin/odin_detector_xy/1"] },
        { "tbl", ["monitor_1_counts_total tbl/monitor_histogram/1", "timepix3_detector_counts_total tbl/tbl_detector_timepix3/1",
            "multiblade_detector_counts_total tbl/multiblade_detector_view/1", "he3_detector_bank0_counts_total tbl/he3_detector_view/1",
            "he3_detector_bank1_counts_total tbl/he3_detector_view/1", "ngem_detector_counts_total tbl/ngem_detector_view/1",
            "orca_detector_counts_total tbl/tbl_area_detector_orca/1"] },
    };

    [Theory]
    [MemberData(nameof(Contracts))]
    public void The_devices_are_those_of_the_upstream_contract(string instrument, string[] devices)
    {
        InstrumentCatalog.Get(instrument).NicosDevices.Select(d => $"{d.DeviceName} {d.WorkflowId}").Should().BeEquivalentTo(devices);
    }

    [Fact]
    public void Every_instrument_has_a_contract_here()
    {
        Contracts.Select(row => (string)row.Data.Item1).Should().BeEquivalentTo(InstrumentCatalog.Names);
    }

    [Theory]
    [MemberData(nameof(Contracts))]
    public void Each_device_reads_the_cumulative_total_of_a_source_its_workflow_has(string instrument, string[] devices)
    {
        var definition = InstrumentCatalog.Get(instrument);
        definition.NicosDevices.Should().HaveCount(devices.Length).And.AllSatisfy(device =>
        {
            device.OutputName.Should().Be("counts_total_cumulative");
            definition.FindWorkflow(device.WorkflowId).Should().NotBeNull().And.Subject.As<LiveData.Workflows.WorkflowSpec>()
                .SourceNames.Should().Contain(device.SourceName);
        });
    }
}
