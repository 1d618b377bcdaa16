namespace LiveData.Core.Data;

/// <summary>
/// A labelled array (scipp-like): dimensions, shape, unit and values, optionally with variances.
/// Values are float64 or integers; integers are int64 unless a wire format fixes int32 (a device's idle flag).
/// </summary>
public sealed class Variable
{
    private readonly double[]? _doubles;
    private readonly long[]? _int64s;

    private Variable(IReadOnlyList<string> dims, IReadOnlyList<long> shape, string? unit, double[]? doubles, long[]? int64s, double[]? variances)
    {
        if (dims.Count != shape.Count)
        {
            throw new ArgumentException($"{dims.Count} dims but {shape.Count} shape entries");
        }
        var expected = shape.Aggregate(1L, (a, b) => a * b);
        var actual = doubles?.Length ?? int64s!.Length;
        if (expected != actual)
        {
            throw new ArgumentException($"shape [{string.Join(", ", shape)}] needs {expected} values, got {actual}");
        }
        if (variances is not null && variances.Length != actual)
        {
            throw new ArgumentException("variances must have as many elements as values");
        }
        Dims = dims;
        Shape = shape;
        Unit = unit;
        _doubles = doubles;
        _int64s = int64s;
        Variances = variances;
    }

    public IReadOnlyList<string> Dims { get; }
    public IReadOnlyList<long> Shape { get; }
    public string? Unit { get; }
    public double[]? Variances { get; }
    public bool IsFloat => _doubles is not null;

    /// <summary>Integer values that go on the wire as int32.</summary>
    public bool IsInt32 { get; private init; }
    public int Length => _doubles?.Length ?? _int64s!.Length;

    public static Variable Scalar(double value, string? unit) => new([], [], unit, [value], null, null);
    public static Variable Scalar(long value, string? unit) => new([], [], unit, null, [value], null);

    public static Variable Doubles(IReadOnlyList<string> dims, IReadOnlyList<long> shape, string? unit, double[] values, double[]? variances = null) =>
        new(dims, shape, unit, values, null, variances);

    public static Variable Int64s(IReadOnlyList<string> dims, IReadOnlyList<long> shape, string? unit, long[] values) =>
        new(dims, shape, unit, null, values, null);

    public static Variable Int32s(IReadOnlyList<string> dims, IReadOnlyList<long> shape, string? unit, int[] values) =>
        new(dims, shape, unit, null, Array.ConvertAll(values, v => (long)v), null) { IsInt32 = true };

    public static Variable Vector(string dim, string? unit, double[] values) => Doubles([dim], [values.Length], unit, values);

    public ReadOnlySpan<double> DoubleValues => _doubles ?? throw new InvalidOperationException("variable holds int64 values");
    public ReadOnlySpan<long> Int64Values => _int64s ?? throw new InvalidOperationException("variable holds float64 values");

    public double[] ToDoubles() => _doubles is not null ? (double[])_doubles.Clone() : Array.ConvertAll(_int64s!, v => (double)v);

    public double Sum() => _doubles is not null ? _doubles.Sum() : _int64s!.Sum();
}
