using System.Numerics;
using System.Runtime.InteropServices;

namespace LiveData.Wire.Ad00;

/// <summary>
/// An area-detector image (ad00): source name, frame id, timestamp (ns since epoch), dimensions and the
/// raw little-endian elements in C order, exactly as on the wire.
/// </summary>
public sealed record Ad00Array(string SourceName, int Id, long Timestamp, IReadOnlyList<long> Dimensions, Ad00DataType DataType, byte[] Data)
{
    public static Ad00Array UInt16s(string sourceName, int id, long timestamp, IReadOnlyList<long> dimensions, ReadOnlySpan<ushort> values) =>
        Create(sourceName, id, timestamp, dimensions, Ad00DataType.UInt16, MemoryMarshal.AsBytes(values));

    public static Ad00Array Doubles(string sourceName, int id, long timestamp, IReadOnlyList<long> dimensions, ReadOnlySpan<double> values) =>
        Create(sourceName, id, timestamp, dimensions, Ad00DataType.Float64, MemoryMarshal.AsBytes(values));

    /// <summary>Adds every pixel, widened to double, onto <paramref name="sum"/> (which must have one element per pixel).</summary>
    public void AddTo(Span<double> sum)
    {
        switch (DataType)
        {
            case Ad00DataType.Int8: Add<sbyte>(sum); break;
            case Ad00DataType.UInt8: Add<byte>(sum); break;
            case Ad00DataType.Int16: Add<short>(sum); break;
            case Ad00DataType.UInt16: Add<ushort>(sum); break;
            case Ad00DataType.Int32: Add<int>(sum); break;
            case Ad00DataType.UInt32: Add<uint>(sum); break;
            case Ad00DataType.Int64: Add<long>(sum); break;
            case Ad00DataType.UInt64: Add<ulong>(sum); break;
            case Ad00DataType.Float32: Add<float>(sum); break;
            case Ad00DataType.Float64: Add<double>(sum); break;
            default: throw new InvalidOperationException($"ad00 image '{SourceName}' holds strings, not pixel values");
        }
    }

    public long ElementCount => Dimensions.Aggregate(1L, (a, b) => a * b);

    public bool Equals(Ad00Array? other) =>
        other is not null && SourceName == other.SourceName && Id == other.Id && Timestamp == other.Timestamp
        && Dimensions.SequenceEqual(other.Dimensions) && DataType == other.DataType && Data.AsSpan().SequenceEqual(other.Data);

    public override int GetHashCode() => HashCode.Combine(SourceName, Id, Timestamp, Data.Length);

    /// <summary>Why the data does not fit the dimensions and type, or null if it does.</summary>
    internal string? Inconsistency()
    {
        if (DataType is < Ad00DataType.Int8 or > Ad00DataType.CString)
        {
            return $"data_type {(sbyte)DataType} is not a DType";
        }
        long count = 1;
        foreach (var extent in Dimensions)
        {
            if (extent < 0 || (extent > 0 && count > long.MaxValue / extent))
            {
                return $"dimensions [{string.Join(", ", Dimensions)}] are invalid";
            }
            count *= extent;
        }
        // Compared by division: count * size could overflow for hostile dimensions.
        var size = SizeOf(DataType);
        return DataType == Ad00DataType.CString || (Data.Length % size == 0 && Data.Length / size == count)
            ? null
            : $"{Data.Length} data bytes do not fit dimensions [{string.Join(", ", Dimensions)}] of {DataType}";
    }

    private static int SizeOf(Ad00DataType type) => type switch
    {
        Ad00DataType.Int16 or Ad00DataType.UInt16 => 2,
        Ad00DataType.Int32 or Ad00DataType.UInt32 or Ad00DataType.Float32 => 4,
        Ad00DataType.Int64 or Ad00DataType.UInt64 or Ad00DataType.Float64 => 8,
        _ => 1,
    };

    private static Ad00Array Create(string sourceName, int id, long timestamp, IReadOnlyList<long> dimensions, Ad00DataType type, ReadOnlySpan<byte> data)
    {
        var array = new Ad00Array(sourceName, id, timestamp, dimensions.ToArray(), type, data.ToArray());
        return array.Inconsistency() is { } problem ? throw new ArgumentException(problem, nameof(dimensions)) : array;
    }

    private void Add<T>(Span<double> sum)
        where T : unmanaged, INumberBase<T>
    {
        var values = MemoryMarshal.Cast<byte, T>(Data);
        if (values.Length != sum.Length)
        {
            throw new ArgumentException($"image '{SourceName}' has {values.Length} pixels, the sum {sum.Length}", nameof(sum));
        }
        for (var i = 0; i < values.Length; i++)
        {
            sum[i] += double.CreateTruncating(values[i]);
        }
    }
}
