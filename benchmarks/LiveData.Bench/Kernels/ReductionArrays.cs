using System.Runtime.InteropServices;
using System.Text.Json;
using LiveData.Workflows.Wavelength;

namespace LiveData.Bench.Kernels;

/// <summary>
/// What a reduction's per-event loop reads besides the events, for numpy to read the very same values: each array a
/// raw native file (<c>NAME.f64</c> or <c>NAME.i32</c>, numpy's <c>fromfile</c> layout), the scalars in <c>scalars.json</c>.
/// </summary>
internal sealed class ReductionArrays
{
    public const string ScalarsFile = "scalars.json";

    private readonly Dictionary<string, double[]> _doubles = [];
    private readonly Dictionary<string, int[]> _ints = [];
    private readonly Dictionary<string, double> _scalars = [];

    public IReadOnlyDictionary<string, double[]> Doubles => _doubles;

    public IReadOnlyDictionary<string, int[]> Ints => _ints;

    public IReadOnlyDictionary<string, double> Scalars => _scalars;

    public ReductionArrays Add(string name, double[] values)
    {
        _doubles.Add(name, values);
        return this;
    }

    public ReductionArrays Add(string name, int[] values)
    {
        _ints.Add(name, values);
        return this;
    }

    public ReductionArrays Scalar(string name, double value)
    {
        _scalars.Add(name, value);
        return this;
    }

    /// <summary>
    /// The lookup table (wavelengths row after row, the event_time_offset axis) and each pixel's row in it (offset of
    /// its first value, −1 outside; weight of the next row), by detector number − <paramref name="firstDetectorNumber"/>.
    /// </summary>
    public ReductionArrays AddTable(WavelengthLookupTable table, DistanceRow[] rows, int firstDetectorNumber) =>
        Add("table_wavelengths", table.Wavelengths.ToArray())
            .Add("table_offsets_ns", [.. table.EventTimeOffsetsNs])
            .Add("row_offset", Array.ConvertAll(rows, r => r.Offset))
            .Add("row_weight", Array.ConvertAll(rows, r => r.Weight))
            .Scalar("first_detector_number", firstDetectorNumber);

    public void Write(string directory)
    {
        foreach (var (name, values) in _doubles)
        {
            File.WriteAllBytes(Path.Combine(directory, name + ".f64"), MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
        }
        foreach (var (name, values) in _ints)
        {
            File.WriteAllBytes(Path.Combine(directory, name + ".i32"), MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
        }
        // JSON numbers round-trip every bit of a double, so numpy compares against the same limits.
        File.WriteAllText(Path.Combine(directory, ScalarsFile), JsonSerializer.Serialize(_scalars));
    }
}
