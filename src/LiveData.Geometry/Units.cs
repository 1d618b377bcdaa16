namespace LiveData.Geometry;

/// <summary>The NeXus length and angle units geometry accepts, and their factors to metres and radians.</summary>
public static class Units
{
    /// <summary>Metres per <paramref name="unit"/>, or null when it is not a length unit we know.</summary>
    public static double? MetresPer(string unit) => unit.Trim() switch
    {
        "m" or "metre" or "meter" or "metres" or "meters" => 1.0,
        "cm" or "centimetre" or "centimeter" => 1e-2,
        "mm" or "millimetre" or "millimeter" => 1e-3,
        "um" or "µm" or "micrometre" or "micrometer" => 1e-6,
        _ => null,
    };

    /// <summary>Radians per <paramref name="unit"/>, or null when it is not an angle unit we know.</summary>
    public static double? RadiansPer(string unit) => unit.Trim() switch
    {
        "rad" or "radian" or "radians" => 1.0,
        "deg" or "degree" or "degrees" => Math.PI / 180.0,
        _ => null,
    };
}
