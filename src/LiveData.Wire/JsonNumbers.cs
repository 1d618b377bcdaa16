using System.Numerics;
using System.Text.Json;

namespace LiveData.Wire;

/// <summary>Writes typed numbers and <c>{"dtype", "shape", "values"}</c> objects the way the reference JSON dumps do.</summary>
internal static class JsonNumbers
{
    /// <summary>Writes <paramref name="property"/> as a {dtype, shape, values} object of a 1-d array.</summary>
    public static void WriteTyped<T>(Utf8JsonWriter writer, string property, string dtype, ReadOnlySpan<T> values)
        where T : unmanaged, INumberBase<T>
    {
        writer.WriteStartObject(property);
        WriteTypedProperties(writer, dtype, [values.Length], values);
        writer.WriteEndObject();
    }

    /// <summary>Writes "dtype", "shape" and "values" into the object being written.</summary>
    public static void WriteTypedProperties<T>(Utf8JsonWriter writer, string dtype, IReadOnlyList<long> shape, ReadOnlySpan<T> values)
        where T : unmanaged, INumberBase<T>
    {
        writer.WriteString("dtype", dtype);
        writer.WriteStartArray("shape");
        foreach (var extent in shape)
        {
            writer.WriteNumberValue(extent);
        }

        writer.WriteEndArray();
        writer.WritePropertyName("values");
        WriteValues(writer, values);
    }

    private static void WriteValues<T>(Utf8JsonWriter writer, ReadOnlySpan<T> values)
        where T : unmanaged, INumberBase<T>
    {
        writer.WriteStartArray();
        foreach (var value in values)
        {
            // typeof tests are constants per instantiation, so each T compiles to one branch.
            if (typeof(T) == typeof(double) || typeof(T) == typeof(float))
            {
                WriteDouble(writer, double.CreateTruncating(value));
            }
            else if (typeof(T) == typeof(ulong))
            {
                writer.WriteNumberValue(ulong.CreateTruncating(value));
            }
            else
            {
                writer.WriteNumberValue(long.CreateTruncating(value));
            }
        }

        writer.WriteEndArray();
    }

    /// <summary>
    /// Shortest round-tripping form for finite values (so 0.0 prints as 0, equal in value to
    /// Python's "0.0"). Non-finite values (e.g. masked bins sent as NaN) are written as Python's
    /// json module does, since strict JSON has no token for them.
    /// </summary>
    private static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteRawValue(double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity", skipInputValidation: true);
        }
    }
}
