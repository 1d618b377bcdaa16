using LiveData.Wire.Ev44;
using LiveData.Workflows;

namespace LiveData.Tests.Instruments;

/// <summary>MAGIC as upstream defines it in config/instruments/magic/{specs,views,streams}.py.</summary>
public sealed class MagicInstrumentTests
{
    private const int Ms = 1_000_000;
    private static readonly Instrument Magic = InstrumentCatalog.Get("magic");

    // views.py DETECTOR_BANK_SIZES: a = (wire 32, strip 128, segment 120), b = (wire 32, strip 16, segment 256);
    // specs.py numbers the banks contiguously from 1 in that order, so a = 1..491520, b = 491521..622592.
    [Theory]
    [InlineData("magic_detector_a", 1, 491520, 128)]
    [InlineData("magic_detector_b", 491521, 622592, 16)]
    public void Banks_have_upstreams_ranges_and_logical_shapes(string name, int first, int last, int strips)
    {
        var bank = Magic.Detectors.Single(d => d.Name == name);

        (bank.FirstDetectorNumber, bank.LastDetectorNumber).Should().Be((first, last));
        bank.LogicalShape.Select(d => d.Key).Should().Equal("wire", "strip", "segment");
        bank.LogicalShape.Single(d => d.Key == "strip").Value.Should().Be(strips);
        bank.LogicalShape.Aggregate(1, (n, d) => n * d.Value).Should().Be(last - first + 1);
    }

    [Fact]
    public void The_single_monitor_is_named_after_its_nexus_group()
    {
        // specs.py monitor_names
        Magic.Monitors.Should().Equal("beam_monitor_1");
    }

    [Fact]
    public void Workflows_are_upstreams()
    {
        // specs.py: monitor histogram, the logical wire_view and strip_view, and detector_projection.
        Magic.Workflows.Select(w => (w.Id.ToString(), w.ServiceName, w.Title)).Should().BeEquivalentTo(new[]
        {
            ("magic/monitor_histogram/1", "monitor_data", "Monitor histogram"),
            ("magic/wire_view/1", "detector_data", "Wire view"),
            ("magic/strip_view/1", "detector_data", "Strip view"),
            ("magic/detector_projection/1", "detector_data", "Detector Projection"),
            ("magic/timeseries_data/1", "timeseries", "Timeseries"),
        });
        Magic.Workflows.Where(w => w.ServiceName == "detector_data").Should()
            .AllSatisfy(w => w.SourceNames.Should().Equal("magic_detector_a", "magic_detector_b"));
        // Logical views are registered with roi_support=False.
        Magic.FindWorkflow(new("magic", "wire_view", 1))!.Output("roi_rectangle").Should().BeNull();
        // The projection carries the NICOS counts device (device_contract.yaml), so it declares counts_total_cumulative.
        Magic.FindWorkflow(new("magic", "detector_projection", 1))!.Output("counts_total_cumulative").Should().NotBeNull();
    }

    // The wire view sums over strip, leaving (wire, segment); pixel 1 + (w·strips + s)·segments + g lands on (w, g).
    [Theory]
    [InlineData("magic_detector_a", 1, 128, 120)]
    [InlineData("magic_detector_b", 491521, 16, 256)]
    public void The_wire_view_shows_wire_by_segment_summed_over_strips(string bank, int first, int strips, int segments)
    {
        var pixelAt = (int wire, int strip, int segment) => first + (wire * strips + strip) * segments + segment;
        var image = Image("wire_view", bank, pixelAt(3, 0, 5), pixelAt(3, strips - 1, 5), pixelAt(31, 2, segments - 1));

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["wire"] = 32, ["segment"] = segments });
        image.Data.DoubleValues[3 * segments + 5].Should().Be(2);
        image.Data.DoubleValues[31 * segments + segments - 1].Should().Be(1);
    }

    // The strip view is 1-D (output_ndim=1): summed over wire and segment.
    [Theory]
    [InlineData("magic_detector_a", 1, 128, 120)]
    [InlineData("magic_detector_b", 491521, 16, 256)]
    public void The_strip_view_shows_counts_per_strip(string bank, int first, int strips, int segments)
    {
        var pixelAt = (int wire, int strip, int segment) => first + (wire * strips + strip) * segments + segment;
        var image = Image("strip_view", bank, pixelAt(0, 7, 0), pixelAt(31, 7, segments - 1), pixelAt(2, strips - 1, 3));

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["strip"] = strips });
        image.Data.DoubleValues[7].Should().Be(2);
        image.Data.DoubleValues[strips - 1].Should().Be(1);
    }

    [Fact]
    public void Prod_streams_are_upstreams()
    {
        // streams.py: each bank on its own topic named like the bank with source 'magic';
        // _ess.py make_common_stream_mapping_inputs: monitors as cbm1.. on magic_beam_monitor.
        Magic.ProdStreams.Should().BeEquivalentTo(new ProdStream[]
        {
            new("magic_detector_a", "magic", "magic_detector_a"),
            new("magic_detector_b", "magic", "magic_detector_b"),
            new("magic_beam_monitor", "cbm1", "beam_monitor_1"),
        });
    }

    [Fact]
    public void The_fakes_publish_each_bank_over_its_whole_range()
    {
        // streams.py: detector_fakes = detector_pixel_ranges
        Magic.DetectorStreams.Should().BeEquivalentTo(new DetectorStream[]
        {
            new("magic_detector_a", "magic_detector_a", 1, 491520),
            new("magic_detector_b", "magic_detector_b", 491521, 622592),
        });
    }

    private static DataArray Image(string view, string bank, params int[] pixels)
    {
        var spec = Magic.FindWorkflow(new("magic", view, 1))!;
        var workflow = spec.Factory.Create(bank, spec.Factory.DefaultParams, NoInstrumentFiles.Instance);
        workflow.Accumulate(new EventStreamData(bank, [Ev44Encoder.Encode(bank, 0, [0], [0], [.. pixels.Select(_ => 30 * Ms)], pixels)]));
        return workflow.Finalize()["cumulative"];
    }
}
