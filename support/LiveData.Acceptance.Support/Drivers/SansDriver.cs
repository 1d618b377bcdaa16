namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Reads LoKI's I(Q) as a scientist would: where does the form factor of the spheres go through its first minimum?
/// Waits until the cumulative I(Q) shows it where theory puts it, since counts arrive pulse by pulse.
/// </summary>
public sealed class SansDriver(WorkflowDriver workflow)
{
    public const string IofQ = "i_of_q";

    // A replay of a few hundred pulses at 14 Hz, after the fakes start.
    private static readonly TimeSpan ReplayTimeout = TimeSpan.FromSeconds(90);

    /// <summary>Waits until the smoothed cumulative I(Q) has its minimum within the tolerance of <paramref name="expectedQ"/>; returns the Q found.</summary>
    public async Task<double> WaitForFirstMinimumAsync(string source, double expectedQ, double tolerancePercent, CancellationToken ct)
    {
        var found = double.NaN;
        await workflow.WaitForOutputAsync(source, IofQ, result =>
        {
            found = FirstMinimum(result.Coord("Q")!.ToDoubles(), result.Data.ToDoubles());
            return Math.Abs(found - expectedQ) <= expectedQ * tolerancePercent / 100;
        }, ct, ReplayTimeout);
        return found;
    }

    /// <summary>
    /// The Q of the lowest point of I(Q) smoothed over 3 bins (the scenario's Q range holds only the first minimum),
    /// refined by a parabola through it and its neighbours; bins without a value (no pixel reaches them) are skipped.
    /// </summary>
    public static double FirstMinimum(double[] edges, double[] values)
    {
        var smoothed = new double[values.Length];
        for (var j = 0; j < values.Length; j++)
        {
            var window = values.Skip(Math.Max(0, j - 1)).Take(j == 0 ? 2 : 3).Where(double.IsFinite).ToList();
            smoothed[j] = double.IsFinite(values[j]) && window.Count > 0 ? window.Average() : double.NaN;
        }
        var lowest = -1;
        for (var j = 1; j < smoothed.Length - 1; j++)
        {
            if (double.IsFinite(smoothed[j]) && (lowest < 0 || smoothed[j] < smoothed[lowest]))
            {
                lowest = j;
            }
        }
        if (lowest < 0)
        {
            return double.NaN;
        }
        var centre = (edges[lowest] + edges[lowest + 1]) / 2;
        var width = edges[lowest + 1] - edges[lowest];
        var (left, middle, right) = (smoothed[lowest - 1], smoothed[lowest], smoothed[lowest + 1]);
        var curvature = left - 2 * middle + right;
        return double.IsFinite(curvature) && curvature > 0 ? centre + width * (left - right) / (2 * curvature) : centre;
    }
}
