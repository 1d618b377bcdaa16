namespace LiveData.Bench.Fuzz;

/// <summary>What fuzzing one schema found.</summary>
/// <param name="Rejected">Messages rejected with a documented exception, as they should be.</param>
/// <param name="FindingCount">Messages that failed the oracle, including repeats of a known fingerprint.</param>
/// <param name="Findings">The first message of each distinct fingerprint.</param>
public sealed record FuzzOutcome(string Schema, long Messages, long Rejected, TimeSpan Elapsed, long FindingCount, IReadOnlyList<FuzzFinding> Findings)
{
    public double MessagesPerSecond => Elapsed > TimeSpan.Zero ? Messages / Elapsed.TotalSeconds : 0;
}
