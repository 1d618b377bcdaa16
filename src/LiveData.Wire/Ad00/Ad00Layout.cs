namespace LiveData.Wire.Ad00;

/// <summary>Field slots of <c>ad00_ADArray</c> (ess-dmsc/streaming-data-types schemas/ad00_area_detector_array.fbs).</summary>
internal static class Ad00Layout
{
    public const int SourceName = 0;
    public const int Id = 1;
    public const int Timestamp = 2;
    public const int Dimensions = 3;
    public const int DataType = 4;
    public const int Data = 5;
    public const int FieldCount = 7; // Slot 6 holds attributes, which LiveData neither reads nor writes.
}
