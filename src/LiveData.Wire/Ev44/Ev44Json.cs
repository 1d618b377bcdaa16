using System.Text.Json;

namespace LiveData.Wire.Ev44;

/// <summary>JSON rendering of ev44; absent vectors render as empty ones.</summary>
internal static class Ev44Json
{
    public static void Write(Utf8JsonWriter writer, Ev44View view)
    {
        writer.WriteStartObject();
        writer.WriteString("schema", SchemaId.Ev44);
        writer.WriteString("source_name", view.SourceName);
        writer.WriteNumber("message_id", view.MessageId);
        JsonNumbers.WriteTyped(writer, "reference_time", "int64", view.ReferenceTime);
        JsonNumbers.WriteTyped(writer, "reference_time_index", "int32", view.ReferenceTimeIndex);
        JsonNumbers.WriteTyped(writer, "time_of_flight", "int32", view.TimeOfFlight);
        JsonNumbers.WriteTyped(writer, "pixel_id", "int32", view.PixelId);
        writer.WriteEndObject();
    }
}
