using LiveData.Wire.Ad00;

namespace LiveData.Workflows;

/// <summary>Whole ad00 frames of one area detector, as decoded (one value per pixel, C order).</summary>
public sealed record ImageStreamData(string StreamName, IReadOnlyList<Ad00Array> Images) : StreamData(StreamName);
