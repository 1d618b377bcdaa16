using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Instruments.Geometry;
using LiveData.Instruments.Geometry.Samples;
using LiveData.Services.Backend;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.Powder;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Instruments;

/// <summary>
/// The silicon run on DREAM's synthetic geometry, reduced by powder_reduction through the files a backend service
/// reads: the mantle's I(d) peaks at silicon's 111, 220 and 311 d-spacings (a / √3, a / √8, a / √11, a = 5.431 Å). The
/// mantle (2θ 52°–128°) sees all three within the band; the forward endcap (2θ below 35°) sees only 111 there.
/// </summary>
public sealed class SiliconPowderTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-silicon-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Silicon_reflections_are_at_a_over_root_h2_k2_l2()
    {
        SiliconPowder.Reflections[..3].Should().Equal([3.13559, 1.92015, 1.63751], (a, b) => Math.Abs(a - b) < 1e-5);
    }

    [Fact]
    public void The_mantle_shows_the_111_220_and_311_peaks_within_half_a_percent()
    {
        var dream = InstrumentCatalog.Get("dream");
        var content = SyntheticRun.For(dream, 10, seed: 1, KnownSamples.Get("dream", "silicon"));
        var geometryPath = Path.Combine(_folder.FullName, "geometry.nxs");
        var tablePath = Path.Combine(_folder.FullName, "table.h5");
        NexusFileWriter.Write(geometryPath, content);
        var geometry = NexusGeometryReader.Read(geometryPath);
        var (shortest, longest) = FlightPaths.Range(geometry);
        WavelengthLookupTableFile.Write(LookupTableGenerator.Generate(IdealSource.Ess(longest), shortest, longest), tablePath);
        var files = new InstrumentFiles("dream", geometryPath, tablePath);
        var spec = dream.FindWorkflow(new("dream", "powder_reduction", 1))!;

        foreach (var (bank, reflections) in new[] { ("mantle_detector", 3), ("endcap_forward_detector", 1) })
        {
            var workflow = spec.Factory.Create(bank, spec.Factory.DefaultParams, files);
            var events = content.Detectors.Single(d => d.Name == bank).Events!;
            workflow.Accumulate(new EventStreamData(bank, [Ev44Encoder.Encode(bank, 0, [0], [0], events.EventTimeOffsetNs, events.EventId)]));

            var pattern = workflow.Finalize()["focussed_data_dspacing"];
            var edges = pattern.Coord("dspacing")!.ToDoubles();
            var values = pattern.Data.ToDoubles();
            foreach (var d in SiliconPowder.Reflections[..reflections])
            {
                HighestBinCentre(edges, values, d * 0.98, d * 1.02).Should().BeApproximately(d, d * 0.005, $"{bank} shows d = {d:0.####} Å");
            }
        }
    }

    private static double HighestBinCentre(double[] edges, double[] values, double from, double to)
    {
        var best = -1;
        for (var i = 0; i < values.Length; i++)
        {
            if (edges[i] >= from && edges[i + 1] <= to && (best < 0 || values[i] > values[best]))
            {
                best = i;
            }
        }
        return (edges[best] + edges[best + 1]) / 2;
    }
}
