using LiveData.Bench;
using LiveData.Bench.Machine;
using LiveData.Bench.Reporting;

namespace LiveData.Tests.Bench;

public class BenchFigureTests
{
    [Fact]
    public void Ratio_is_value_over_the_reference_measured_in_the_same_run()
    {
        var figure = new BenchFigure("kernels", "monitor", 300e6, "events/s", new BenchReference("numpy", 30e6), BenchTarget.RatioAtLeast(10));
        figure.Ratio.Should().BeApproximately(10, 1e-12);
        figure.Met.Should().BeTrue();
    }

    [Fact]
    public void A_value_below_its_ratio_target_is_reported_as_missed()
    {
        var figure = new BenchFigure("kernels", "monitor", 200e6, "events/s", new BenchReference("numpy", 30e6), BenchTarget.RatioAtLeast(10));
        figure.Met.Should().BeFalse();
    }

    [Fact]
    public void An_upper_limit_on_the_value_is_met_only_at_or_below_it()
    {
        new BenchFigure("latency", "p99", 1.1, "s", Target: BenchTarget.AtMost(1.1)).Met.Should().BeTrue();
        new BenchFigure("latency", "p99", 1.2, "s", Target: BenchTarget.AtMost(1.1)).Met.Should().BeFalse();
    }

    [Fact]
    public void A_figure_without_target_or_reference_has_neither_ratio_nor_verdict()
    {
        var figure = new BenchFigure("memory", "peak RSS", 1e8, "bytes");
        figure.Ratio.Should().BeNull();
        figure.Met.Should().BeNull();
    }

    [Fact]
    public void Json_report_holds_machine_facts_and_every_figure_with_ratio_and_verdict()
    {
        var report = new BenchReport(MachineFacts.Read(), quick: true);
        report.Add(new BenchFigure("kernels", "monitor", 300e6, "events/s", new BenchReference("numpy", 30e6), BenchTarget.RatioAtLeast(10)));
        report.AddFailure("pipeline", "no broker");

        using var json = JsonDocument.Parse(BenchJson.Serialize(report));

        var root = json.RootElement;
        root.GetProperty("quick").GetBoolean().Should().BeTrue();
        root.GetProperty("machine").GetProperty("logical_cores").GetInt32().Should().Be(Environment.ProcessorCount);
        var figure = root.GetProperty("figures")[0];
        figure.GetProperty("ratio").GetDouble().Should().BeApproximately(10, 1e-9);
        figure.GetProperty("met").GetBoolean().Should().BeTrue();
        figure.GetProperty("reference").GetProperty("name").GetString().Should().Be("numpy");
        root.GetProperty("failures")[0].GetString().Should().Be("pipeline: no broker");
    }
}
