namespace LiveData.Workflows.Parameters;

/// <summary>Upstream's <c>WavelengthEdges</c>: histogram bin edges along wavelength, in the unit the operator chose.</summary>
public sealed record WavelengthEdges(double Start, double Stop, int NumBins, string Scale, string Unit)
{
    public static readonly WavelengthEdges Default = new(1.0, 10.0, 100, "linear", WavelengthUnit.Angstrom);

    public bool IsLogarithmic => Scale == "log";

    /// <param name="defaults">The workflow's defaults for absent fields; upstream's model defaults when null.</param>
    public static WavelengthEdges Read(ParamReader reader, WavelengthEdges? defaults = null)
    {
        var fallback = defaults ?? Default;
        var (start, stop, numBins, scale, unit) = EdgeFields.Read(reader, new(fallback.Start, fallback.Stop, fallback.NumBins, fallback.Scale, fallback.Unit), WavelengthUnit.Names);
        return new WavelengthEdges(start, stop, numBins, scale, unit);
    }

    /// <summary>The N+1 edges in <see cref="Unit"/>, spaced as upstream's <c>make_edges</c> (linspace or geomspace).</summary>
    public double[] Values() => BinEdges.Values(Start, Stop, NumBins, IsLogarithmic);

    /// <summary>The N+1 edges in Å, the unit the lookup table gives.</summary>
    public double[] ValuesInAngstrom() => Array.ConvertAll(Values(), e => WavelengthUnit.ToAngstrom(e, Unit));
}
