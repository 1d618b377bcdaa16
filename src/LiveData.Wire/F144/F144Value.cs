using System.Collections;

namespace LiveData.Wire.F144;

/// <summary>
/// The value of an f144 log message: a scalar or a 1-d array of one element type.
/// <see cref="Values"/> is a typed CLR array (<c>sbyte[]</c> … <c>double[]</c>) so integers and
/// doubles keep their exact value; a scalar is an array of one element. Equality compares contents.
/// </summary>
public sealed class F144Value : IEquatable<F144Value>
{
    private F144Value(F144ElementType elementType, bool isArray, System.Array values)
    {
        ElementType = elementType;
        IsArray = isArray;
        Values = values;
    }

    public F144ElementType ElementType { get; }

    public bool IsArray { get; }

    public System.Array Values { get; }

    /// <summary>numpy-style element type name, e.g. "float64", "int8".</summary>
    public string DType => ElementType switch
    {
        F144ElementType.Int8 => "int8",
        F144ElementType.UInt8 => "uint8",
        F144ElementType.Int16 => "int16",
        F144ElementType.UInt16 => "uint16",
        F144ElementType.Int32 => "int32",
        F144ElementType.UInt32 => "uint32",
        F144ElementType.Int64 => "int64",
        F144ElementType.UInt64 => "uint64",
        F144ElementType.Float32 => "float32",
        _ => "float64",
    };

    /// <summary><c>[]</c> for a scalar, <c>[n]</c> for an array.</summary>
    public IReadOnlyList<long> Shape => IsArray ? [Values.LongLength] : [];

    public static F144Value Scalar(double value) => new(F144ElementType.Float64, false, new[] { value });

    public static F144Value Scalar(long value) => new(F144ElementType.Int64, false, new[] { value });

    public static F144Value Array(double[] values) => new(F144ElementType.Float64, true, values);

    public static F144Value Array(long[] values) => new(F144ElementType.Int64, true, values);

    /// <summary>A value of any element type, taken from the CLR type of <paramref name="values"/>.</summary>
    /// <exception cref="ArgumentException">Unsupported element type, or a scalar not of exactly one element.</exception>
    public static F144Value Create(System.Array values, bool isArray)
    {
        // By element type, not by pattern: the CLR lets e.g. a uint[] pass as an int[].
        var elementType = values.GetType().GetElementType();
        var type =
            elementType == typeof(sbyte) ? F144ElementType.Int8
            : elementType == typeof(byte) ? F144ElementType.UInt8
            : elementType == typeof(short) ? F144ElementType.Int16
            : elementType == typeof(ushort) ? F144ElementType.UInt16
            : elementType == typeof(int) ? F144ElementType.Int32
            : elementType == typeof(uint) ? F144ElementType.UInt32
            : elementType == typeof(long) ? F144ElementType.Int64
            : elementType == typeof(ulong) ? F144ElementType.UInt64
            : elementType == typeof(float) ? F144ElementType.Float32
            : elementType == typeof(double) ? F144ElementType.Float64
            : throw new ArgumentException($"f144 has no element type for {values.GetType()}", nameof(values));
        if (!isArray && values.Length != 1)
        {
            throw new ArgumentException($"an f144 scalar needs exactly one element, got {values.Length}", nameof(values));
        }

        return new F144Value(type, isArray, values);
    }

    /// <summary>The elements widened to double (large 64-bit integers round).</summary>
    public double[] ToDoubles()
    {
        var result = new double[Values.Length];
        for (var i = 0; i < result.Length; i++)
        {
            result[i] = Convert.ToDouble(Values.GetValue(i));
        }

        return result;
    }

    public bool Equals(F144Value? other) =>
        other is not null
        && ElementType == other.ElementType
        && IsArray == other.IsArray
        && StructuralComparisons.StructuralEqualityComparer.Equals(Values, other.Values);

    public override bool Equals(object? obj) => Equals(obj as F144Value);

    public override int GetHashCode() => HashCode.Combine(ElementType, IsArray, Values.Length);

    public override string ToString() =>
        $"{DType}[{string.Join(", ", Shape)}] {{{string.Join(", ", Values.Cast<object>())}}}";
}
