namespace LiveData.Workflows.Spectroscopy;

/// <summary>The units upstream's Q and energy edges accept, by their size in the unit the reduction computes in.</summary>
public static class SpectroscopyUnits
{
    public const string InverseAngstrom = "1/Å";
    public const string MilliElectronVolt = "meV";

    /// <summary>Upstream's <c>QUnit</c>, in 1/Å.</summary>
    public static readonly IReadOnlyDictionary<string, double> Q = new Dictionary<string, double>
    {
        [InverseAngstrom] = 1.0,
        ["1/nm"] = 0.1,
    };

    /// <summary>Upstream's <c>EnergyUnit</c> (Greek mu), in meV.</summary>
    public static readonly IReadOnlyDictionary<string, double> Energy = new Dictionary<string, double>
    {
        [MilliElectronVolt] = 1.0,
        ["μeV"] = 1e-3,
    };
}
