namespace LiveData.Bench.Pipeline;

/// <summary>The rate ladder (fake --rate-multiplier per rung) and how long each rung settles and is measured.</summary>
/// <param name="CeilingMultipliers">The rungs the bare broker is stepped through, from the service's best rung upwards.</param>
public sealed record PipelinePlan(IReadOnlyList<double> Multipliers, IReadOnlyList<double> CeilingMultipliers, TimeSpan Settle, TimeSpan Window, TimeSpan CeilingWindow)
{
    /// <summary>Freshly started workers and jobs warm up (JIT, first batches) before the first rung is measured.</summary>
    public TimeSpan FirstSettle => Settle * 3;

    // LOKI's nominal fake rate is 9 banks × 10 000 events × 14 Hz ≈ 1.3e6 events/s ≈ 10 MB/s, so x10 is about the broker's 100 MB/s.
    public static PipelinePlan For(bool quick) => quick
        ? new([6, 12], [12], TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(1))
        : new([2, 4, 6, 8, 10, 12, 14, 16], [2, 4, 6, 8, 10, 12, 14, 16, 18, 20], TimeSpan.FromSeconds(3), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(3));
}
