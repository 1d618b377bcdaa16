using LiveData.Core.Data;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// DREAM's powder pattern as the scientist reads it: the focussed I(d) of the started bank, its Bragg peaks and its
/// binning, with I(d, 2θ) and I(TOF) alongside.
/// </summary>
public sealed class PowderDriver(WorkflowDriver workflow)
{
    private const string Dspacing = "focussed_data_dspacing";

    /// <summary>Silicon's cubic lattice constant (Fd-3m), which fixes where each reflection hkl lies: d = a / √(h² + k² + l²).</summary>
    private const double SiliconLatticeAngstrom = 5.431;

    /// <summary>
    /// The stated d of each reflection (e.g. 111 → 3.1356 Å) that is not silicon's to the 4 decimals a scenario gives:
    /// the step's numbers must agree with each other before the pattern is read.
    /// </summary>
    public static IReadOnlyList<string> MisstatedReflections(IReadOnlyList<int> reflections, IReadOnlyList<double> dspacings) =>
        [.. reflections.Zip(dspacings).Where(r => Math.Abs(SiliconD(r.First) - r.Second) > 5e-5)
            .Select(r => $"{r.First} is at {SiliconD(r.First):0.0000} Å in silicon, not {r.Second} Å")];

    private static double SiliconD(int hkl)
    {
        var (h, k, l) = (hkl / 100, hkl / 10 % 10, hkl % 10);
        return SiliconLatticeAngstrom / Math.Sqrt((h * h) + (k * k) + (l * l));
    }

    /// <summary>Waits until I(d) (<c>focussed_data_dspacing</c>, or <c>i_of_dspacing</c> when <paramref name="normalised"/>) has a peak within <paramref name="tolerance"/> (relative) of every d in <paramref name="expected"/> Å.</summary>
    public Task WaitForPeaksAsync(IReadOnlyList<double> expected, double tolerance, bool normalised, CancellationToken ct) =>
        workflow.WaitForOutputAsync(Source, normalised ? "i_of_dspacing" : Dspacing, pattern =>
            expected.All(d => PeakNear(pattern, d) is { } found && Math.Abs(found - d) <= tolerance * d), ct);

    /// <summary>Waits until I(d) has <paramref name="bins"/> bins from <paramref name="from"/> to <paramref name="to"/> Å; returns the three patterns.</summary>
    public async Task<(DataArray Dspacing, DataArray TwoTheta, DataArray Tof)> WaitForBinningAsync(int bins, double from, double to, CancellationToken ct)
    {
        var pattern = await workflow.WaitForOutputAsync(Source, Dspacing, p =>
            p.Coord("dspacing") is { } edges && edges.Length == bins + 1
            && Math.Abs(edges.DoubleValues[0] - from) < 1e-9 && Math.Abs(edges.DoubleValues[^1] - to) < 1e-9, ct);
        // Each output is its own message and may arrive after the others: wait for the siblings of this binning too.
        var twoTheta = await workflow.WaitForOutputAsync(Source, "focussed_data_dspacing_two_theta", p => p.Sizes.GetValueOrDefault("dspacing") == bins, ct);
        return (pattern, twoTheta, await workflow.WaitForOutputAsync(Source, "focussed_data_tof", p => p.Sizes.GetValueOrDefault("tof") == bins, ct));
    }

    /// <summary>Waits for the vanadium-normalised I(d), I(d, 2θ) and I(TOF), each its own message.</summary>
    public async Task<(DataArray Dspacing, DataArray TwoTheta, DataArray Tof)> NormalisedAsync(CancellationToken ct) =>
        (await workflow.OutputAsync(Source, "i_of_dspacing", ct),
         await workflow.OutputAsync(Source, "i_of_dspacing_two_theta", ct),
         await workflow.OutputAsync(Source, "i_of_tof", ct));

    private string Source => workflow.Jobs[0].SourceName;

    // The highest bin within ±2 % of d, if it stands at least 3 times above the window's median (the background).
    private static double? PeakNear(DataArray pattern, double d)
    {
        var edges = pattern.Coord("dspacing")!.ToDoubles();
        var values = pattern.Data.ToDoubles();
        var window = Enumerable.Range(0, values.Length).Where(i => edges[i] >= d * 0.98 && edges[i + 1] <= d * 1.02 && double.IsFinite(values[i])).ToList();
        if (window.Count < 3)
        {
            return null;
        }
        var peak = window.MaxBy(i => values[i]);
        var median = window.Select(i => values[i]).Order().ElementAt(window.Count / 2);
        return values[peak] > 3 * median ? (edges[peak] + edges[peak + 1]) / 2 : null;
    }
}
