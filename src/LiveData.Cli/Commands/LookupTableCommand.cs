using System.CommandLine;
using System.Globalization;
using LiveData.Instruments;
using LiveData.Services.Backend;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Cli.Commands;

/// <summary>
/// <c>livedata lookup-table</c>: writes a wavelength lookup table in upstream's format for an instrument without
/// chopper modelling (<see cref="IdealSource.Ess"/>, or the instrument's band chopper window), covering the flight paths of every monitor and pixel of its
/// geometry. Backend services read it for wavelength mode.
/// </summary>
public static class LookupTableCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Instrument();
        var output = new Option<string?>("--output")
        {
            Description = "Where to write the table (default: wavelength_lookup_table.h5 in $LIVEDATA_DATA_DIR/<instrument>/, where backend services look)",
        };
        var geometry = new Option<string?>("--geometry")
        {
            Description = "The instrument's NeXus geometry file (default: geometry.nxs in $LIVEDATA_DATA_DIR/<instrument>/)",
        };
        var command = new Command("lookup-table", "Write a wavelength lookup table (upstream's HDF5 format) for an ideal ESS source") { instrument, output, geometry };
        command.SetAction(async result =>
        {
            var name = result.GetValue(instrument)!;
            var files = new InstrumentFiles(name, result.GetValue(geometry));
            try
            {
                var (shortest, longest) = FlightPaths.Range(files.Geometry);
                var source = InstrumentCatalog.Get(name).WavelengthBand is { } band ? IdealSource.EssBand(band.Shortest, band.Longest) : IdealSource.Ess(longest);
                var table = LookupTableGenerator.Generate(source, shortest, longest);
                var path = result.GetValue(output) ?? InstrumentFiles.DefaultLookupTablePath(name);
                Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
                WavelengthLookupTableFile.Write(table, path);
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{path}: {table.DistancesM.Count} distances {table.DistancesM[0]:0.###}–{table.DistancesM[^1]:0.###} m × {table.EventTimeOffsetsNs.Count} event_time_offsets over {table.FramePeriodNs / 1e6:0.###} ms"));
                return 0;
            }
            catch (Exception e) when (e is WorkflowNotAvailableException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
            {
                await Console.Error.WriteLineAsync(e.Message);
                return 1;
            }
        });
        return command;
    }
}
