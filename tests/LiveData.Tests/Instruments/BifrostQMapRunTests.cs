using System.Text.Json;
using LiveData.Core.Data;
using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Instruments.Geometry;
using LiveData.Instruments.Geometry.Samples;
using LiveData.Services.Backend;
using LiveData.Wire.Ev44;
using LiveData.Geometry;
using LiveData.Workflows;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Instruments;

/// <summary>
/// BIFROST's known-answer runs on the synthetic geometry, reduced by qmap through the files a backend service reads
/// (the lookup table through BIFROST's band chopper, as <c>livedata lookup-table</c> writes it, and the run's own
/// normalisation monitor): the elastic line sits at ΔE = 0 on every arc, and the acoustic mode at ħω(Q) = 0.8 meV · |sin(π Q / 2)|.
/// </summary>
public sealed class BifrostQMapRunTests : IDisposable
{
    private const string Detector = "unified_detector";
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-bifrost-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void The_elastic_line_sits_at_zero_energy_transfer_on_every_arc()
    {
        var cut = Reduce("elastic_line", "{}");

        cut.Data.Dims.Should().Equal("arc", "ΔE", "Q");
        var energies = BinCentres(cut.Coord("ΔE")!.ToDoubles());
        var values = cut.Data.ToDoubles();
        for (var arc = 0; arc < 5; arc++)
        {
            var (sum, weighted) = (0.0, 0.0);
            for (var e = 0; e < 100; e++)
            {
                for (var q = 0; q < 100; q++)
                {
                    var count = values[(arc * 100 + e) * 100 + q];
                    (sum, weighted) = (sum + count, weighted + count * energies[e]);
                }
            }
            sum.Should().BePositive($"arc {arc} sees the line");
            (weighted / sum).Should().BeApproximately(0, 0.05, $"arc {arc}'s events are elastic");
        }
    }

    [Theory]
    [InlineData(1.0, 0.8)]
    [InlineData(1.5, 0.565685)]
    public void The_dispersion_has_its_energy_at_each_Q(double q, double energy)
    {
        // Q bins 0.05 wide centred on 0.5, 0.55, …, 1.5.
        var cut = Reduce("dispersion", """{"q_edges":{"start":0.475,"stop":1.525,"num_bins":21}}""");

        var qEdges = cut.Coord("Q")!.ToDoubles();
        var column = Array.FindIndex(qEdges, e => e > q) - 1;
        var energies = BinCentres(cut.Coord("ΔE")!.ToDoubles());
        var values = cut.Data.ToDoubles();
        var (sum, weighted) = (0.0, 0.0);
        for (var cell = 0; cell < values.Length; cell++)
        {
            if (cell % 21 == column)
            {
                (sum, weighted) = (sum + values[cell], weighted + values[cell] * energies[cell / 21 % 100]);
            }
        }
        sum.Should().BeGreaterThan(100, "a hundred events weigh about 160 Å/pC");
        (weighted / sum).Should().BeApproximately(energy, energy * 0.03);
    }

    private DataArray Reduce(string sample, string parameters)
    {
        var bifrost = InstrumentCatalog.Get("bifrost");
        var content = SyntheticRun.For(bifrost, 10, seed: 1, KnownSamples.Get("bifrost", sample));
        var geometryPath = Path.Combine(_folder.FullName, "geometry.nxs");
        var tablePath = Path.Combine(_folder.FullName, "table.h5");
        NexusFileWriter.Write(geometryPath, content);
        var geometry = NexusGeometryReader.Read(geometryPath);
        var (shortest, longest) = FlightPaths.Range(geometry);
        var band = bifrost.WavelengthBand!;
        WavelengthLookupTableFile.Write(LookupTableGenerator.Generate(IdealSource.EssBand(band.Shortest, band.Longest), shortest, longest), tablePath);
        var spec = bifrost.FindWorkflow(new("bifrost", "qmap", 1))!;
        using var json = JsonDocument.Parse(parameters);
        var workflow = spec.Factory.Create(Detector, json.RootElement, new RunFiles(new InstrumentFiles("bifrost", geometryPath, tablePath), geometryPath));
        var events = content.Detectors.Single(d => d.Name == Detector).Events!;
        workflow.Accumulate(new EventStreamData(Detector, [Ev44Encoder.Encode(Detector, 0, [0], [0], events.EventTimeOffsetNs, events.EventId)]));
        return workflow.Finalize()["cut_data"];
    }

    private static double[] BinCentres(double[] edges) => [.. edges.Zip(edges.Skip(1), (a, b) => (a + b) / 2)];

    // The recorded run is also the normalisation run: its normalization_monitor saw the incident band.
    private sealed class RunFiles(InstrumentFiles files, string runPath) : IInstrumentFiles
    {
        public InstrumentGeometry Geometry => files.Geometry;

        public WavelengthLookupTable LookupTable => files.LookupTable;

        public string DataFilePath(string fileName) => runPath;
    }
}
