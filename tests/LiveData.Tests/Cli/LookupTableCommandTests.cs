using LiveData.Cli.Commands;
using LiveData.Tests.Geometry;
using LiveData.Workflows.Wavelength;
using static LiveData.Tests.Geometry.NexusFiles;

namespace LiveData.Tests.Cli;

/// <summary><c>livedata lookup-table</c> writes a table in upstream's format that covers the geometry's flight paths.</summary>
public sealed class LookupTableCommandTests : IDisposable
{
    private readonly NexusFiles _files = new();
    private readonly string _output = Path.Combine(Path.GetTempPath(), $"livedata-lut-{Guid.NewGuid():N}", "table.h5");

    public void Dispose()
    {
        _files.Dispose();
        if (Directory.Exists(Path.GetDirectoryName(_output)))
        {
            Directory.Delete(Path.GetDirectoryName(_output)!, recursive: true);
        }
    }

    // Source 25 m before the sample, monitor_1 5 m before it (20 m), a two-pixel bank 2 m and 3 m after it (27 m, 28 m).
    private string Geometry() => _files.Write(File(
        ("entry", Group("NXentry",
            ("sample", Group("NXsample")),
            ("instrument", Group("NXinstrument",
                ("source", Group("NXsource",
                    ("depends_on", Dataset("transformations/position")),
                    ("transformations", Group("NXtransformations",
                        ("position", Transformation("translation", 25.0, "m", [0, 0, -1], ".")))))),
                ("bank", Group("NXdetector",
                    ("detector_number", Dataset(new int[] { 1, 2 })),
                    ("z_pixel_offset", Dataset(new double[] { 2, 3 }, ("units", "m"))),
                    ("depends_on", Dataset(".")))),
                ("monitor_1", Group("NXmonitor",
                    ("depends_on", Dataset("transformations/z")),
                    ("transformations", Group("NXtransformations",
                        ("z", Transformation("translation", -5, "m", [0, 0, 1], "."))))))))))));

    [Fact]
    public async Task Writes_a_table_covering_the_monitors_and_pixels()
    {
        var exit = await LiveDataCommandLine.Build().Parse(["lookup-table", "--instrument", "dummy", "--geometry", Geometry(), "--output", _output]).InvokeAsync(cancellationToken: Ct);

        exit.Should().Be(0);
        var table = WavelengthLookupTableFile.Read(_output);
        table.DistancesM[0].Should().BeApproximately(19.8, 1e-9);
        table.DistancesM[^1].Should().BeGreaterThanOrEqualTo(28.0);
        table.PulsePeriodNs.Should().BeApproximately(1e9 / 14, 1e-6);
    }

    [Fact]
    public async Task BIFROSTs_table_holds_only_the_band_its_band_chopper_passes()
    {
        var exit = await LiveDataCommandLine.Build().Parse(["lookup-table", "--instrument", "bifrost", "--geometry", Geometry(), "--output", _output]).InvokeAsync(cancellationToken: Ct);

        exit.Should().Be(0);
        var table = WavelengthLookupTableFile.Read(_output);
        var pixel = table.Row(27);
        // 4.5 Å over 27 m: 4.5 · 27 / 3956.034 s = 30.713 ms after the middle of the 2.86 ms pulse.
        table.Wavelength(pixel, 1.43e6 + 4.5 * 27 / 3956.034 * 1e9).Should().BeApproximately(4.5, 1e-3);
        // 10 ms after a pulse no neutron of 3.92–5.57 Å has reached 27 m (from 26.8 ms), and the last pulse's are past 81 ms.
        table.Wavelength(pixel, 10e6).Should().Be(double.NaN);
    }

    [Fact]
    public async Task A_missing_geometry_fails_saying_how_to_provide_it()
    {
        var exit = await LiveDataCommandLine.Build().Parse(["lookup-table", "--instrument", "dummy", "--geometry", "/no/such/geometry.nxs", "--output", _output]).InvokeAsync(cancellationToken: Ct);

        exit.Should().Be(1);
        System.IO.File.Exists(_output).Should().BeFalse();
    }
}
