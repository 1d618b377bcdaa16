using LiveData.Workflows;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;
using static LiveData.Tests.Workflows.Wavelength.LineInstrument;

namespace LiveData.Tests.Workflows.Wavelength;

/// <summary>monitor_histogram in wavelength mode on <see cref="LineInstrument"/>: monitor_1 is 20 m from the source.</summary>
public sealed class MonitorWavelengthHistogramTests
{
    private const string OneAngstromBins = """
        {"coordinate_mode":{"mode":"wavelength"},"wavelength_edges":{"start":0.0,"stop":10.0,"num_bins":10,"unit":"Å"}}
        """;

    private static IWorkflow Create(string json, IInstrumentFiles? files = null)
    {
        using var document = JsonDocument.Parse(json);
        return MonitorHistogramSpec.For("dummy", ["monitor_1"]).Factory.Create("monitor_1", document.RootElement.Clone(), files ?? new LineInstrument());
    }

    private static EventStreamData Events(params int[] eventTimeOffsetsNs) =>
        new("monitor_1", [MonitorEvents.Ev44("monitor_1", MonitorEvents.Second, eventTimeOffsetsNs)]);

    [Fact]
    public void Events_land_in_the_angstrom_bins_of_their_time_of_flight_over_20_m()
    {
        // λ = 3956.03·t/20 m: 10 ms → 1.978 Å, 30 ms → 5.934 Å, 45 ms → 8.901 Å; 60 ms → 11.87 Å, past the band.
        var workflow = Create(OneAngstromBins);
        workflow.Accumulate(Events(10 * Ms, 30 * Ms, 30 * Ms, 45 * Ms, 60 * Ms));

        var outputs = workflow.Finalize();

        var histogram = outputs["current"];
        histogram.Data.Dims.Should().Equal("wavelength");
        histogram.Data.DoubleValues.ToArray().Should().Equal(0, 1, 0, 0, 0, 2, 0, 0, 1, 0);
        histogram.Coords.Single().Key.Should().Be("wavelength");
        histogram.Coords.Single().Value.Unit.Should().Be("Å");
        histogram.Coords.Single().Value.DoubleValues.ToArray().Should().Equal(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        outputs["counts_total"].Data.Sum().Should().Be(4);
        outputs["counts_in_toa_range"].Data.Sum().Should().Be(4);
        outputs["cumulative"].Data.DoubleValues.ToArray().Should().Equal(0, 1, 0, 0, 0, 2, 0, 0, 1, 0);
    }

    [Fact]
    public void Edges_in_nanometres_bin_the_same_wavelengths_and_label_the_coord_in_nm()
    {
        var workflow = Create("""
            {"coordinate_mode":{"mode":"wavelength"},"wavelength_edges":{"start":0.1,"stop":1.0,"num_bins":9,"unit":"nm"}}
            """);
        workflow.Accumulate(Events(10 * Ms, 30 * Ms));

        var histogram = workflow.Finalize()["current"];

        histogram.Data.DoubleValues.ToArray().Should().Equal(1, 0, 0, 0, 1, 0, 0, 0, 0);
        histogram.Coords.Single().Value.Unit.Should().Be("nm");
    }

    [Fact]
    public void The_range_counts_events_between_its_wavelengths()
    {
        var workflow = Create("""
            {"coordinate_mode":{"mode":"wavelength"},"wavelength_edges":{"start":0.0,"stop":10.0,"num_bins":10},
             "wavelength_range":{"enabled":true,"start":5.0,"stop":10.0,"unit":"Å"}}
            """);
        workflow.Accumulate(Events(10 * Ms, 30 * Ms, 30 * Ms, 45 * Ms));

        var outputs = workflow.Finalize();

        outputs["counts_in_toa_range"].Data.Sum().Should().Be(3);
        outputs["counts_in_toa_range_cumulative"].Data.Sum().Should().Be(3);
    }

    [Fact]
    public void A_monitor_histogram_is_rebinned_from_its_time_bins_onto_the_wavelength_edges()
    {
        // 4 counts between 10 ms and 30 ms spread evenly over 1.978–5.934 Å: 4/3.956 per whole Å bin.
        var workflow = Create(OneAngstromBins);
        workflow.Accumulate(new HistogramStreamData("monitor_1", [BinnedCounts.Create([10e6, 30e6], [4])]));

        var histogram = workflow.Finalize()["current"].Data.DoubleValues.ToArray();

        histogram.Sum().Should().BeApproximately(4, 1e-6);
        histogram[3].Should().BeApproximately(4 / (HandWavelength(30, 20) - HandWavelength(10, 20)), 1e-3);
        histogram[1].Should().BeApproximately(4 * (2 - HandWavelength(10, 20)) / (HandWavelength(30, 20) - HandWavelength(10, 20)), 1e-3);
    }

    [Fact]
    public void Time_of_arrival_mode_keeps_its_dim_and_needs_no_files()
    {
        var workflow = Create("""{"toa_edges":{"start":0.0,"stop":100.0,"num_bins":10,"unit":"ms"}}""", NoInstrumentFiles.Instance);
        workflow.Accumulate(Events(10 * Ms));

        workflow.Finalize()["current"].Data.Dims.Should().Equal("time_of_arrival");
    }

    [Fact]
    public void Wavelength_mode_without_a_lookup_table_is_an_error_that_says_so()
    {
        var create = () => Create(OneAngstromBins, NoInstrumentFiles.Instance);

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage("*no wavelength lookup table*");
    }

    [Fact]
    public void A_table_that_does_not_reach_the_monitor_is_an_error_naming_the_distances()
    {
        var files = new LineInstrument(LookupTableGenerator.Generate(Source, 30, 40));

        var create = () => Create(OneAngstromBins, files);

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage("*covers flight paths 29.8 to 40.* m, but monitor_1 has one of 20 m*");
    }

    [Fact]
    public void A_pulse_skipping_table_is_refused()
    {
        var table = LookupTableGenerator.Generate(Source, 10, 30);
        var skipping = new WavelengthLookupTable([.. table.DistancesM], [.. table.EventTimeOffsetsNs], table.Wavelengths.ToArray(), null,
            table.PulsePeriodNs / 2, 2, table.DistanceResolutionM, table.TimeResolutionNs);

        var create = () => Create(OneAngstromBins, new LineInstrument(skipping));

        create.Should().Throw<WorkflowNotAvailableException>().WithMessage("*pulse stride 2*");
    }

    [Fact]
    public void Bad_wavelength_edges_are_rejected_naming_the_field()
    {
        var create = () => Create("""{"coordinate_mode":{"mode":"wavelength"},"wavelength_edges":{"start":3.0,"stop":1.0}}""");

        create.Should().Throw<InvalidWorkflowParamsException>().WithMessage("wavelength_edges.stop: must be greater than start (3), got 1");
    }
}
