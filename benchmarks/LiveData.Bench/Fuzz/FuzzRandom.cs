namespace LiveData.Bench.Fuzz;

/// <summary>
/// A small splitmix64 generator seeded per message from (run seed, schema, message index), so any single
/// mutated message can be rebuilt from those three numbers without replaying the run before it.
/// </summary>
public struct FuzzRandom
{
    private ulong _state;

    public FuzzRandom(int seed, string schema, long iteration)
    {
        _state = (ulong)(uint)seed * 0x9E3779B97F4A7C15UL ^ (ulong)StableHash(schema) << 32 ^ (ulong)iteration * 0xBF58476D1CE4E5B9UL;
        NextUInt64();
    }

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, <paramref name="bound"/>); 0 when the bound is not positive.</summary>
    public int Next(int bound) => bound <= 0 ? 0 : (int)(NextUInt64() % (ulong)bound);

    public int Next(int min, int max) => min + Next(max - min);

    public bool Chance(int oneIn) => Next(oneIn) == 0;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>FNV-1a, because <see cref="string.GetHashCode()"/> changes between processes.</summary>
    private static uint StableHash(string text)
    {
        var hash = 2166136261u;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash;
    }
}
