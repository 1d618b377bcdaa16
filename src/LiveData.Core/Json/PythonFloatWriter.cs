using System.Globalization;
using System.Text.Json;

namespace LiveData.Core.Json;

/// <summary>
/// Writes floats the way Python's JSON does (<c>0.0</c>, not <c>0</c>), so messages we serialise are
/// byte-identical to upstream's pydantic output for the same values.
/// </summary>
public static class PythonFloatWriter
{
    public static void WritePythonFloat(this Utf8JsonWriter writer, string name, double value)
    {
        writer.WritePropertyName(name);
        writer.WritePythonFloatValue(value);
    }

    public static void WritePythonFloatValue(this Utf8JsonWriter writer, double value)
    {
        if (double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < 1e16)
        {
            writer.WriteRawValue(value.ToString("0.0", CultureInfo.InvariantCulture));
        }
        else
        {
            writer.WriteNumberValue(value);
        }
    }

    /// <summary>Python's repr of a float (1.0, 0.5, 1e-05), as an f-string puts it into a name.</summary>
    public static string PythonRepr(double value) =>
        double.IsFinite(value) && value == Math.Floor(value) && Math.Abs(value) < 1e16
            ? value.ToString("0.0", CultureInfo.InvariantCulture)
            : value.ToString("R", CultureInfo.InvariantCulture).ToLowerInvariant();
}
