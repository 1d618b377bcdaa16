using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Instruments.Geometry;
using LiveData.Instruments.Geometry.Samples;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.Reflectometry;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Reflectometry;

/// <summary>
/// The critical_edge sample recorded through ESTIA's synthetic geometry and reduced with the ideal-source lookup table
/// an operator makes for it: λ comes back as drawn, and I(Q) falls to half its plateau just past nickel's Q_c.
/// </summary>
public sealed class CriticalEdgeRunTests
{
    private static readonly Instrument Estia = InstrumentCatalog.Get("estia");
    private static readonly InstrumentGeometry Geometry = ReadBack(SyntheticGeometry.For(Estia));
    private static readonly WavelengthLookupTable Table = MakeTable();

    [Theory]
    [InlineData(3.0, 39.0)]
    [InlineData(5.0, 38.9)]
    [InlineData(6.5, 39.01)]
    public void The_lookup_table_gives_back_the_wavelength_of_a_neutron_emitted_mid_pulse(double wavelength, double flightPath) =>
        Table.Wavelength(Table.Row(flightPath), IncidentBand.TimeOffsetNs(wavelength, flightPath)).Should().BeApproximately(wavelength, 1e-3);

    [Fact]
    public void Fresnels_reflectivity_is_one_up_to_the_edge_and_falls_off_past_it()
    {
        CriticalEdgeSample.Reflectivity(0.01).Should().Be(1);
        CriticalEdgeSample.Reflectivity(0.0217).Should().Be(1);
        // Q = 2 Q_c: √(Q² − Q_c²) = √3 Q_c, R = ((2 − √3)/(2 + √3))² = 0.00515478.
        CriticalEdgeSample.Reflectivity(0.0434).Should().BeApproximately(0.00515478, 1e-8);
    }

    [Fact]
    public void The_reduced_intensity_stays_above_half_its_plateau_up_to_nickels_critical_edge_and_is_below_half_by_five_percent_past_it()
    {
        var sample = new CriticalEdgeSample();
        var events = sample.DetectorEvents(Geometry, "multiblade_detector", 100, new Random(1));
        var parameters = ReflectometryParams.Default with
        {
            QEdges = new(0.005, 0.06, 110, "linear", "1/Å"),
            SampleRotation = new(0.6, "deg"),
        };
        var workflow = Estia.FindWorkflow(new("estia", "reflectometry_reduction", 1))!.Factory.Create("multiblade_detector", parameters.ToJson(), new Files());
        workflow.Accumulate(new EventStreamData("multiblade_detector",
            [Ev44Encoder.Encode("multiblade", 0, [0], [0], events.EventTimeOffsetNs, events.EventId)]));

        var q = workflow.Finalize()[ReflectometryOutputs.IOfQ];

        // The footprint correction and the flat incident spectrum make the plateau flat over 0.0063–0.037 1/Å (where
        // every θ of the lit band meets every λ of the band); 0.0005 1/Å bins.
        var edges = q.Coord("Q")!.DoubleValues.ToArray();
        var values = q.Data.DoubleValues.ToArray();
        var centres = Enumerable.Range(0, values.Length).Select(i => (edges[i] + edges[i + 1]) / 2).ToArray();
        var plateau = Median([.. values.Where((_, i) => centres[i] is > 0.0065 and < 0.019)]);
        values.Where((_, i) => centres[i] is > 0.0065 and <= CriticalEdgeSample.CriticalQ).Should().OnlyContain(v => v > plateau / 2);
        values.Where((_, i) => centres[i] >= 1.05 * CriticalEdgeSample.CriticalQ).Should().OnlyContain(v => v < plateau / 2);
    }

    private static double Median(double[] values)
    {
        Array.Sort(values);
        return values[values.Length / 2];
    }

    private static InstrumentGeometry ReadBack(InstrumentContent content)
    {
        using var stream = new MemoryStream();
        NexusFileWriter.Write(stream, content);
        stream.Position = 0;
        return NexusGeometryReader.Read(stream);
    }

    private static WavelengthLookupTable MakeTable()
    {
        var (shortest, longest) = FlightPaths.Range(Geometry);
        return LookupTableGenerator.Generate(IdealSource.Ess(longest), shortest, longest);
    }

    private sealed class Files : IInstrumentFiles
    {
        public InstrumentGeometry Geometry => CriticalEdgeRunTests.Geometry;

        public WavelengthLookupTable LookupTable => Table;
    }
}
