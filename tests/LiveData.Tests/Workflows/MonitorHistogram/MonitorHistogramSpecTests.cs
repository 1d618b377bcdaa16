using LiveData.Workflows;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Tests.Workflows.MonitorHistogram;

public sealed class MonitorHistogramSpecTests
{
    private static readonly WorkflowSpec Spec = InstrumentCatalog.Get("dummy").FindWorkflow(WorkflowId.Parse("dummy/monitor_histogram/1"))!;

    [Fact]
    public void Dummy_hosts_monitor_histogram_v1_on_monitor_data_for_both_monitors()
    {
        Spec.Should().NotBeNull();
        Spec.ServiceName.Should().Be("monitor_data");
        Spec.SourceNames.Should().Equal("monitor1", "monitor2");
        Spec.SupportsReset.Should().BeTrue();
    }

    [Fact]
    public void Declares_six_outputs_with_upstream_titles_and_temporality()
    {
        Spec.Outputs.Select(o => (o.Name, o.Title, o.Temporality)).Should().Equal(
            ("cumulative", "Histogram", Temporality.Cumulative),
            ("current", "Histogram update", Temporality.Window),
            ("counts_total", "Total", Temporality.Window),
            ("counts_in_toa_range", "Total in range", Temporality.Window),
            ("counts_total_cumulative", "Total", Temporality.Cumulative),
            ("counts_in_toa_range_cumulative", "Total in range", Temporality.Cumulative));
    }

    [Fact]
    public void Default_params_are_the_parameter_defaults()
    {
        MonitorHistogramParams.Parse(Spec.Factory.DefaultParams).Should().Be(MonitorHistogramParams.Default);
    }
}
