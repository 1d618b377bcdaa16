namespace LiveData.Bench.Fuzz;

/// <summary>A mutator for one message, given the seed, another seed of the same schema to splice from, and the randomness.</summary>
public delegate byte[] Mutation(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> other, ref FuzzRandom random, List<string>? log);

/// <summary>
/// One schema under fuzzing: its seeds, how they are mutated, everything a consumer does with a message of
/// that schema, and the exception types its decoders document for bad input (anything else is a finding).
/// </summary>
public sealed record FuzzTarget(
    string Schema,
    IReadOnlyList<FuzzSeed> Seeds,
    Mutation Mutate,
    Action<byte[]> Consume,
    IReadOnlyList<Type> DocumentedExceptions)
{
    public bool IsDocumented(Exception exception) => DocumentedExceptions.Contains(exception.GetType());
}
