using LiveData.Geometry.Nexus;
using LiveData.Instruments.Geometry;
using LiveData.Services.Backend;
using LiveData.Workflows;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Workflows.Wavelength;

/// <summary>
/// What an operator does for wavelength mode without upstream's files: the synthetic geometry, the lookup table made
/// from it, and every monitor of the instrument histogrammed in Å through the files a backend service reads.
/// </summary>
public sealed class SyntheticInstrumentWavelengthTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-wavelength-");

    public void Dispose() => _folder.Delete(recursive: true);

    // Three instruments keep this quick: all ten take about a minute.
    [Theory]
    [InlineData("dummy")]
    [InlineData("dream")]
    [InlineData("bifrost")]
    public void Every_monitor_histograms_in_angstrom_with_the_table_made_from_the_synthetic_geometry(string name)
    {
        var geometryPath = Path.Combine(_folder.FullName, "geometry.nxs");
        var tablePath = Path.Combine(_folder.FullName, "table.h5");
        NexusFileWriter.Write(geometryPath, SyntheticGeometry.For(InstrumentCatalog.Get(name)));
        var geometry = NexusGeometryReader.Read(geometryPath);
        var (shortest, longest) = FlightPaths.Range(geometry);
        WavelengthLookupTableFile.Write(LookupTableGenerator.Generate(IdealSource.Ess(longest), shortest, longest), tablePath);
        var files = new InstrumentFiles(name, geometryPath, tablePath);
        var spec = InstrumentCatalog.Get(name).FindWorkflow(MonitorHistogramSpec.Id(name))!;
        using var document = JsonDocument.Parse("""{"coordinate_mode":{"mode":"wavelength"},"wavelength_edges":{"start":0.0,"stop":10.0,"num_bins":20}}""");

        foreach (var monitor in spec.SourceNames)
        {
            // An event 1 ms after the pulse has a wavelength wherever the monitor is: the pulse lasts 2.86 ms.
            var workflow = spec.Factory.Create(monitor, document.RootElement, files);
            workflow.Accumulate(new EventStreamData(monitor, [MonitorEvents.Ev44(monitor, MonitorEvents.Second, [1_000_000])]));

            var histogram = workflow.Finalize()["current"];

            histogram.Data.Dims.Should().Equal("wavelength");
            histogram.Data.Sum().Should().Be(1, $"{monitor} is {FlightPaths.Monitor(geometry, monitor):0.##} m from the source");
        }
    }
}
