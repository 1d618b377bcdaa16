using System.Text;
using LiveData.Wire.X5f2;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// Mutates x5f2 heartbeats two ways: the flatbuffer bytes, or, re-encoded intact, the JSON inside <c>status_json</c>,
/// which byte noise on the frame rarely reaches in a parseable state.
/// </summary>
public static class HeartbeatMutator
{
    public static byte[] Mutate(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> other, ref FuzzRandom random, List<string>? log)
    {
        if (random.Chance(2))
        {
            return ByteMutator.Mutate(seed, other, ref random, log);
        }

        var status = X5f2Codec.Decode(seed);
        var json = Encoding.UTF8.GetBytes(status.StatusJson);
        var mutated = JsonMutator.Mutate(json, json, ref random, log);
        log?.Add("all of the above inside status_json");
        return X5f2Codec.Encode(status with { StatusJson = Encoding.UTF8.GetString(mutated) });
    }
}
