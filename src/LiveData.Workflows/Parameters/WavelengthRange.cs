namespace LiveData.Workflows.Parameters;

/// <summary>Upstream's <c>WavelengthRangeFilter</c>: an optional wavelength window for the "in range" totals.</summary>
public sealed record WavelengthRange(bool Enabled, double Start, double Stop, string Unit)
{
    public static readonly WavelengthRange Default = new(false, 0.0, 10.0, WavelengthUnit.Angstrom);

    public static WavelengthRange Read(ParamReader reader)
    {
        var range = new WavelengthRange(
            reader.Boolean("enabled", Default.Enabled),
            reader.Number("start", Default.Start),
            reader.Number("stop", Default.Stop),
            reader.Choice("unit", Default.Unit, WavelengthUnit.Names));
        if (range.Stop <= range.Start)
        {
            throw reader.Invalid("stop", $"must be greater than start ({range.Start}), got {range.Stop}");
        }
        return range;
    }

    public double StartAngstrom => WavelengthUnit.ToAngstrom(Start, Unit);
    public double StopAngstrom => WavelengthUnit.ToAngstrom(Stop, Unit);
}
