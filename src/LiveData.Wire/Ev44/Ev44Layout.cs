namespace LiveData.Wire.Ev44;

/// <summary>Field slots of <c>Event44Message</c> (ess-dmsc/streaming-data-types schemas/ev44_events.fbs).</summary>
internal static class Ev44Layout
{
    public const int SourceName = 0;
    public const int MessageId = 1;
    public const int ReferenceTime = 2;
    public const int ReferenceTimeIndex = 3;
    public const int TimeOfFlight = 4;
    public const int PixelId = 5;
    public const int FieldCount = 6;
}
