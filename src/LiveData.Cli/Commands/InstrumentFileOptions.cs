using System.CommandLine;
using System.CommandLine.Parsing;
using LiveData.Services.Backend;
using LiveData.Workflows.Unavailable;

namespace LiveData.Cli.Commands;

/// <summary>
/// <c>--geometry</c> and <c>--lookup-table</c>: where the backend services read the instrument's NeXus geometry and
/// wavelength lookup table instead of the default location. Taken by <c>service</c> and <c>up</c>.
/// </summary>
public sealed class InstrumentFileOptions
{
    public Option<string?> Geometry { get; } = new("--geometry")
    {
        Description = "Backend services: the instrument's NeXus geometry file (default: geometry.nxs in $LIVEDATA_DATA_DIR/<instrument>/, see README)",
    };

    public Option<string?> LookupTable { get; } = new("--lookup-table")
    {
        Description = "Backend services: the instrument's wavelength lookup table, upstream's HDF5 format (default: wavelength_lookup_table.h5 in $LIVEDATA_DATA_DIR/<instrument>/; `livedata lookup-table` writes one)",
    };

    public IEnumerable<Option> All => [Geometry, LookupTable];

    /// <summary>A file given must exist; <paramref name="refusedBecause"/> (e.g. for a fake) refuses both options.</summary>
    public void Validate(CommandResult result, string? refusedBecause = null)
    {
        foreach (var option in new[] { Geometry, LookupTable })
        {
            if (result.GetValue(option) is not { } file)
            {
                continue;
            }
            if (refusedBecause is not null)
            {
                result.AddError($"{option.Name} {refusedBecause}");
            }
            else if (!File.Exists(file))
            {
                result.AddError($"{option.Name} {file}: no such file");
            }
        }
    }

    public InstrumentFiles For(ParseResult result, string instrument) =>
        new(instrument, result.GetValue(Geometry), result.GetValue(LookupTable));

    /// <summary>Reads each file given now: a broken file is a usage error at start, not an ERR at the first job.</summary>
    /// <returns>What is wrong with the first unusable file, or null.</returns>
    public string? Problem(ParseResult result, string instrument)
    {
        var files = For(result, instrument);
        try
        {
            if (result.GetValue(Geometry) is not null)
            {
                files.Preload();
            }
            if (result.GetValue(LookupTable) is not null)
            {
                files.PreloadLookupTable();
            }
            return null;
        }
        catch (WorkflowNotAvailableException e)
        {
            return e.Message;
        }
    }
}
