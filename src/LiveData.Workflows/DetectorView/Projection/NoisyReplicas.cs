using LiveData.Geometry;

namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// essreduce's noisy replicas of pixel positions: the exact positions, then <see cref="Count"/> copies with
/// Gaussian noise added. As upstream, a short pattern of <see cref="PatternLength"/> noise vectors (a prime, so
/// the pattern does not line up with detector structure) is laid over the replicated pixels in order; its seed is
/// fixed so every job of a bank draws the same image.
/// </summary>
internal static class NoisyReplicas
{
    public const int Count = 4;
    public const int PatternLength = 107;
    private const int Seed = 1234;

    /// <summary>The exact positions followed by <see cref="Count"/> noisy copies; just the exact ones when sigma is 0.</summary>
    public static Vector3d[] Of(ReadOnlySpan<Vector3d> positions, double sigma)
    {
        if (sigma == 0)
        {
            return positions.ToArray();
        }
        var pattern = Pattern(sigma);
        var replicated = new Vector3d[positions.Length * (1 + Count)];
        positions.CopyTo(replicated);
        for (var i = positions.Length; i < replicated.Length; i++)
        {
            var noisy = i - positions.Length;
            replicated[i] = positions[noisy % positions.Length] + pattern[noisy % PatternLength];
        }
        return replicated;
    }

    // Normal deviates by the Box–Muller transform from a seeded generator.
    private static Vector3d[] Pattern(double sigma)
    {
        var random = new Random(Seed);
        double Normal() => sigma * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        return [.. Enumerable.Range(0, PatternLength).Select(_ => new Vector3d(Normal(), Normal(), Normal()))];
    }
}
