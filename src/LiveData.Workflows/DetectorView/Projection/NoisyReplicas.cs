using LiveData.Geometry;

namespace LiveData.Workflows.DetectorView.Projection;

/// <summary>
/// essreduce's noisy replicas of pixel positions: the exact positions, then <see cref="Count"/> copies with the
/// noise pattern laid over the replicated pixels in order (pixel p of copy c gets pattern entry (c·n + p) mod 107).
/// </summary>
internal static class NoisyReplicas
{
    public const int Count = 4;

    /// <summary>The exact positions followed by <see cref="Count"/> noisy copies; just the exact ones without a pattern.</summary>
    public static Vector3d[] Of(ReadOnlySpan<Vector3d> positions, Vector3d[]? pattern)
    {
        if (pattern is null)
        {
            return positions.ToArray();
        }
        var replicated = new Vector3d[positions.Length * (1 + Count)];
        positions.CopyTo(replicated);
        for (var i = positions.Length; i < replicated.Length; i++)
        {
            var noisy = i - positions.Length;
            replicated[i] = positions[noisy % positions.Length] + pattern[noisy % pattern.Length];
        }
        return replicated;
    }
}
