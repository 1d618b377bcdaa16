namespace LiveData.Workflows.Parameters;

/// <summary>An optional time-of-arrival window for the "in range" totals.</summary>
public sealed record TimeOfArrivalRange(bool Enabled, double Start, double Stop, string Unit)
{
    public static readonly TimeOfArrivalRange Default = new(false, 0.0, 10.0, "μs");

    public static TimeOfArrivalRange Read(ParamReader reader)
    {
        var range = new TimeOfArrivalRange(
            reader.Boolean("enabled", Default.Enabled),
            reader.Number("start", Default.Start),
            reader.Number("stop", Default.Stop),
            reader.Choice("unit", Default.Unit, TimeUnit.Names));
        if (range.Enabled && range.Stop <= range.Start)
        {
            throw reader.Invalid("stop", $"must be greater than start ({range.Start}), got {range.Stop}");
        }
        return range;
    }

    public double StartNs => TimeUnit.ToNanoseconds(Start, Unit);
    public double StopNs => TimeUnit.ToNanoseconds(Stop, Unit);
}
