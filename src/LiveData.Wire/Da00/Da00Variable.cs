using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace LiveData.Wire.Da00;

/// <summary>
/// One named array of a da00 message: the signal, its errors, a coordinate or an attribute.
/// <see cref="Data"/> holds the raw little-endian elements in C order, exactly as on the wire;
/// a <see cref="Da00DataType.CString"/> holds UTF-8 bytes and, by the reference serialiser's
/// convention, a shape of <c>[byte count]</c>. Equality compares contents, not references.
/// </summary>
public sealed record Da00Variable(
    string Name,
    string? Unit,
    string? Label,
    string? Source,
    Da00DataType DataType,
    IReadOnlyList<string> Axes,
    IReadOnlyList<long> Shape,
    byte[] Data)
{
    /// <summary>Product of <see cref="Shape"/>; 1 for a 0-d shape <c>[]</c>.</summary>
    /// <exception cref="InvalidOperationException">The shape has a negative or overflowing extent.</exception>
    public long ElementCount => TryElementCount(Shape, out var count)
        ? count
        : throw new InvalidOperationException($"da00 variable '{Name}' has an invalid shape [{string.Join(", ", Shape)}]");

    public static Da00Variable Doubles(string name, string? unit, IReadOnlyList<string> axes, IReadOnlyList<long> shape, ReadOnlySpan<double> values, string? label = null)
        => Numeric(name, unit, label, axes, shape, Da00DataType.Float64, MemoryMarshal.AsBytes(values));

    public static Da00Variable Int64s(string name, string? unit, IReadOnlyList<string> axes, IReadOnlyList<long> shape, ReadOnlySpan<long> values, string? label = null)
        => Numeric(name, unit, label, axes, shape, Da00DataType.Int64, MemoryMarshal.AsBytes(values));

    public static Da00Variable Int32s(string name, string? unit, IReadOnlyList<string> axes, IReadOnlyList<long> shape, ReadOnlySpan<int> values, string? label = null)
        => Numeric(name, unit, label, axes, shape, Da00DataType.Int32, MemoryMarshal.AsBytes(values));

    /// <summary>A 0-d string variable, shaped like the reference serialiser does it.</summary>
    public static Da00Variable CString(string name, string value, string? unit = null)
    {
        var utf8 = Encoding.UTF8.GetBytes(value);
        return new Da00Variable(name, unit, null, null, Da00DataType.CString, [], [utf8.Length], utf8);
    }

    /// <summary>The elements of any numeric type, widened to double.</summary>
    public double[] ToDoubles() => DataType switch
    {
        Da00DataType.Int8 => ConvertElements<sbyte, double>(),
        Da00DataType.UInt8 => ConvertElements<byte, double>(),
        Da00DataType.Int16 => ConvertElements<short, double>(),
        Da00DataType.UInt16 => ConvertElements<ushort, double>(),
        Da00DataType.Int32 => ConvertElements<int, double>(),
        Da00DataType.UInt32 => ConvertElements<uint, double>(),
        Da00DataType.Int64 => ConvertElements<long, double>(),
        Da00DataType.UInt64 => ConvertElements<ulong, double>(),
        Da00DataType.Float32 => ConvertElements<float, double>(),
        Da00DataType.Float64 => ConvertElements<double, double>(),
        _ => throw NotOfKind("numeric"),
    };

    /// <summary>The elements of any integer type as <see cref="long"/>.</summary>
    /// <exception cref="OverflowException">A uint64 element exceeds <see cref="long.MaxValue"/>.</exception>
    public long[] ToInt64s() => DataType switch
    {
        Da00DataType.Int8 => ConvertElements<sbyte, long>(),
        Da00DataType.UInt8 => ConvertElements<byte, long>(),
        Da00DataType.Int16 => ConvertElements<short, long>(),
        Da00DataType.UInt16 => ConvertElements<ushort, long>(),
        Da00DataType.Int32 => ConvertElements<int, long>(),
        Da00DataType.UInt32 => ConvertElements<uint, long>(),
        Da00DataType.Int64 => ConvertElements<long, long>(),
        Da00DataType.UInt64 => ConvertElements<ulong, long>(),
        _ => throw NotOfKind("integer"),
    };

    public string ToCString() => DataType == Da00DataType.CString
        ? Encoding.UTF8.GetString(Data)
        : throw NotOfKind("c_string");

    public bool Equals(Da00Variable? other) =>
        other is not null
        && Name == other.Name
        && Unit == other.Unit
        && Label == other.Label
        && Source == other.Source
        && DataType == other.DataType
        && Axes.SequenceEqual(other.Axes)
        && Shape.SequenceEqual(other.Shape)
        && Data.AsSpan().SequenceEqual(other.Data);

    public override int GetHashCode() => HashCode.Combine(Name, DataType, Data.Length);

    /// <summary>Why <see cref="Data"/> does not fit <see cref="DataType"/> and <see cref="Shape"/>, or null if it does.</summary>
    internal string? Inconsistency()
    {
        if (DataType == Da00DataType.None || !Da00DataTypes.IsDefined(DataType))
        {
            return $"variable '{Name}' has unsupported data_type {(sbyte)DataType}";
        }

        if (DataType == Da00DataType.CString)
        {
            return null; // The string's bytes are authoritative; producers disagree on its shape.
        }

        if (!TryElementCount(Shape, out var count))
        {
            return $"variable '{Name}' has an invalid shape [{string.Join(", ", Shape)}]";
        }

        // Compared by division: count * size could overflow for a hostile shape.
        var size = Da00DataTypes.SizeOf(DataType);
        return Data.Length % size == 0 && Data.Length / size == count
            ? null
            : $"variable '{Name}' has {Data.Length} data bytes but shape [{string.Join(", ", Shape)}] of {Da00DataTypes.Name(DataType)} needs {count * (decimal)size}";
    }

    private static bool TryElementCount(IReadOnlyList<long> shape, out long count)
    {
        count = 1;
        foreach (var extent in shape)
        {
            if (extent < 0 || (extent > 0 && count > long.MaxValue / extent))
            {
                return false;
            }

            count *= extent;
        }

        return true;
    }

    private static Da00Variable Numeric(string name, string? unit, string? label, IReadOnlyList<string> axes, IReadOnlyList<long> shape, Da00DataType type, ReadOnlySpan<byte> data)
    {
        var variable = new Da00Variable(name, unit, label, null, type, axes.ToArray(), shape.ToArray(), data.ToArray());
        var problem = variable.Inconsistency();
        return problem is null ? variable : throw new ArgumentException(problem, nameof(shape));
    }

    private TTo[] ConvertElements<TFrom, TTo>()
        where TFrom : unmanaged, INumberBase<TFrom>
        where TTo : INumberBase<TTo>
    {
        var source = MemoryMarshal.Cast<byte, TFrom>(Data);
        var result = new TTo[source.Length];
        for (var i = 0; i < source.Length; i++)
        {
            result[i] = TTo.CreateChecked(source[i]);
        }

        return result;
    }

    private InvalidOperationException NotOfKind(string kind) =>
        new($"da00 variable '{Name}' holds {Da00DataTypes.Name(DataType)}, not {kind} data");
}
