using System.Text.Json;

namespace LiveData.Wire;

/// <summary>JSON rendering of ad00 in the same {dtype, shape, values} style as the other schemas.</summary>
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
        writer.WriteEndObject();
        writer.WriteEndObject();
    }
}
