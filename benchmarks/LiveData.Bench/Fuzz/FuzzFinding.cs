namespace LiveData.Bench.Fuzz;

/// <summary>
/// A message that made a consumer throw an undocumented exception or run past the hang budget.
/// (<see cref="RunSeed"/>, <see cref="Schema"/>, <see cref="Iteration"/>) rebuild it; <see cref="Input"/> is the message itself.
/// </summary>
/// <param name="Fingerprint">Exception type and throwing method, so repeats of one bug count once.</param>
public sealed record FuzzFinding(
    string Schema,
    int RunSeed,
    long Iteration,
    string SeedName,
    string Mutation,
    string Problem,
    string Fingerprint,
    byte[] Input);
