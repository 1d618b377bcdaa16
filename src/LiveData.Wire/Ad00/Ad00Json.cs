using System.Text;
using System.Text.Json;

namespace LiveData.Wire.Ad00;

/// <summary>JSON rendering of ad00 in the same {dtype, shape, values} style as the other schemas; a c_string image as its text.</summary>
internal static class Ad00Json
{
    public static void Write(Utf8JsonWriter writer, Ad00Array image)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", SchemaId.Ad00);
        writer.WriteString("source_name", image.SourceName);
        writer.WriteNumber("id", image.Id);
        writer.WriteNumber("timestamp", image.Timestamp);
        writer.WriteStartObject("data");
        if (image.DataType == Ad00DataType.CString)
        {
            // Text has no pixels, and decoding does not hold its dimensions to its bytes: nothing may be sized by them.
            writer.WriteString("dtype", "c_string");
            writer.WriteString("string", Encoding.UTF8.GetString(image.Data));
        }
        else
        {
            WritePixels(writer, image);
        }
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WritePixels(Utf8JsonWriter writer, Ad00Array image)
    {
        var values = new double[image.ElementCount];
        image.AddTo(values);
        var dtype = image.DataType.ToString().ToLowerInvariant();
        // Pixel values of integer images are whole numbers; print them as such.
        if (image.DataType is Ad00DataType.Float32 or Ad00DataType.Float64)
        {
            JsonNumbers.WriteTypedProperties<double>(writer, dtype, image.Dimensions, values);
        }
        else
        {
            JsonNumbers.WriteTypedProperties<long>(writer, dtype, image.Dimensions, Array.ConvertAll(values, v => (long)v));
        }
    }
}
