using System.Text;
using LiveData.Wire.FlatBuffers;

namespace LiveData.Wire.Ev44;

/// <summary>
/// Allocation-free view of an ev44 event message: every vector is a span over the payload itself.
/// <see cref="Read"/> validates the whole layout up front, so the properties never throw.
/// Absent vectors read as empty spans; <see cref="HasReferenceTime"/> and
/// <see cref="HasTimeOfFlight"/> tell them apart from present-but-empty ones.
/// </summary>
public readonly ref struct Ev44View
{
    private Ev44View(
        ReadOnlySpan<byte> sourceNameUtf8,
        long messageId,
        bool hasReferenceTime,
        ReadOnlySpan<long> referenceTime,
        ReadOnlySpan<int> referenceTimeIndex,
        bool hasTimeOfFlight,
        ReadOnlySpan<int> timeOfFlight,
        ReadOnlySpan<int> pixelId)
    {
        SourceNameUtf8 = sourceNameUtf8;
        MessageId = messageId;
        HasReferenceTime = hasReferenceTime;
        ReferenceTime = referenceTime;
        ReferenceTimeIndex = referenceTimeIndex;
        HasTimeOfFlight = hasTimeOfFlight;
        TimeOfFlight = timeOfFlight;
        PixelId = pixelId;
    }

    public ReadOnlySpan<byte> SourceNameUtf8 { get; }

    public string SourceName => Encoding.UTF8.GetString(SourceNameUtf8);

    public long MessageId { get; }

    public bool HasReferenceTime { get; }

    /// <summary>Pulse times, ns since the Unix epoch.</summary>
    public ReadOnlySpan<long> ReferenceTime { get; }

    /// <summary>Index of the first event of each pulse in <see cref="ReferenceTime"/>.</summary>
    public ReadOnlySpan<int> ReferenceTimeIndex { get; }

    public bool HasTimeOfFlight { get; }

    /// <summary>Event time offsets, ns relative to the event's reference time.</summary>
    public ReadOnlySpan<int> TimeOfFlight { get; }

    public ReadOnlySpan<int> PixelId { get; }

    /// <exception cref="WireFormatException">The payload is not a well-formed ev44 message.</exception>
    public static Ev44View Read(ReadOnlySpan<byte> payload)
    {
        var reader = FlatBufferReader.Open(payload, SchemaId.Ev44);
        var root = reader.Root();
        if (!reader.TryVector<byte>(root, Ev44Layout.SourceName, "source_name", out var sourceName))
        {
            throw reader.Error("required field 'source_name' is absent");
        }

        var hasReferenceTime = reader.TryVector<long>(root, Ev44Layout.ReferenceTime, "reference_time", out var referenceTime);
        reader.TryVector<int>(root, Ev44Layout.ReferenceTimeIndex, "reference_time_index", out var referenceTimeIndex);
        var hasTimeOfFlight = reader.TryVector<int>(root, Ev44Layout.TimeOfFlight, "time_of_flight", out var timeOfFlight);
        reader.TryVector<int>(root, Ev44Layout.PixelId, "pixel_id", out var pixelId);
        return new Ev44View(
            sourceName,
            reader.Scalar<long>(root, Ev44Layout.MessageId, "message_id"),
            hasReferenceTime,
            referenceTime,
            referenceTimeIndex,
            hasTimeOfFlight,
            timeOfFlight,
            pixelId);
    }
}
