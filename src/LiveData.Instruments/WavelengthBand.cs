namespace LiveData.Instruments;

/// <summary>The wavelengths (Å) an instrument's band choppers pass.</summary>
public sealed record WavelengthBand(double Shortest, double Longest);
