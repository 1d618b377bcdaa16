namespace LiveData.Workflows.Spectroscopy;

/// <summary>
/// BIFROST's five analyser arcs and the final energy each reflects to its detectors: upstream's nominal arc energies,
/// 2.7, 3.2, 3.8, 4.4 and 5.0 meV, which it also attaches as the <c>arc</c> coordinate of every Q map.
/// <para>
/// The synthetic geometry has no analysers (its tubes look straight at the sample), so LiveData takes each pixel's
/// E_f as its arc's nominal energy instead of upstream's per-pixel Bragg geometry, and the scattered neutron's path
/// as the straight line from the sample to the pixel.
/// </para>
/// </summary>
public static class AnalyserArcs
{
    public const string Dim = "arc";
    public const string Unit = "meV";

    /// <summary>E_f (meV) of each arc, in the order of the detector numbers.</summary>
    public static IReadOnlyList<double> FinalEnergies { get; } = [2.7, 3.2, 3.8, 4.4, 5.0];

    public static int Count => FinalEnergies.Count;
}
