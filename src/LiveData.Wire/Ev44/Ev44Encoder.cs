using Google.FlatBuffers;
using LiveData.Wire.FlatBuffers;

namespace LiveData.Wire.Ev44;

/// <summary>Builds ev44 event messages.</summary>
public static class Ev44Encoder
{
    public static byte[] Encode(
        string sourceName,
        long messageId,
        ReadOnlySpan<long> referenceTime,
        ReadOnlySpan<int> referenceTimeIndex,
        ReadOnlySpan<int> timeOfFlight,
        ReadOnlySpan<int> pixelId)
    {
        // Sized up front so large event batches are not copied while the builder grows.
        var builder = new FlatBufferBuilder(
            128 + 4 * sourceName.Length + 8 * referenceTime.Length
            + 4 * (referenceTimeIndex.Length + timeOfFlight.Length + pixelId.Length))
        {
            ForceDefaults = true, // Like the reference serialiser: message_id is written even when 0.
        };
        var pixels = FlatBufferVectors.Create(builder, pixelId);
        var tof = FlatBufferVectors.Create(builder, timeOfFlight);
        var index = FlatBufferVectors.Create(builder, referenceTimeIndex);
        var times = FlatBufferVectors.Create(builder, referenceTime);
        var name = builder.CreateString(sourceName);

        builder.StartTable(Ev44Layout.FieldCount);
        builder.AddLong(Ev44Layout.MessageId, messageId, 0);
        builder.AddOffset(Ev44Layout.SourceName, name.Value, 0);
        builder.AddOffset(Ev44Layout.ReferenceTime, times.Value, 0);
        builder.AddOffset(Ev44Layout.ReferenceTimeIndex, index.Value, 0);
        builder.AddOffset(Ev44Layout.TimeOfFlight, tof.Value, 0);
        builder.AddOffset(Ev44Layout.PixelId, pixels.Value, 0);
        return Finish(builder);
    }

    /// <summary>
    /// An ev44 message with only its source name and id. The schema requires the reference-time
    /// vectors, so this is malformed on purpose: it lets consumers prove they reject it.
    /// </summary>
    public static byte[] EncodeWithoutEventVectors(string sourceName, long messageId)
    {
        var builder = new FlatBufferBuilder(64 + 4 * sourceName.Length) { ForceDefaults = true };
        var name = builder.CreateString(sourceName);
        builder.StartTable(Ev44Layout.FieldCount);
        builder.AddLong(Ev44Layout.MessageId, messageId, 0);
        builder.AddOffset(Ev44Layout.SourceName, name.Value, 0);
        return Finish(builder);
    }

    private static byte[] Finish(FlatBufferBuilder builder)
    {
        builder.Finish(builder.EndTable(), SchemaId.Ev44);
        return builder.SizedByteArray();
    }
}
