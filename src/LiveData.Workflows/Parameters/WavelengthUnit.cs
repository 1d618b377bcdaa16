namespace LiveData.Workflows.Parameters;

/// <summary>Upstream's <c>WavelengthUnit</c>: the units wavelength parameters may be given in, and their size in Å.</summary>
public static class WavelengthUnit
{
    public const string Angstrom = "Å";
    public const string Nanometre = "nm";

    public static IReadOnlyCollection<string> Names => [Angstrom, Nanometre];

    public static double ToAngstrom(double value, string unit) => unit == Nanometre ? value * 10.0 : value;
}
