using System.Buffers.Binary;
using FsCheck;
using FsCheck.Xunit;
using LiveData.Bench.Fuzz;
using LiveData.Wire;

namespace LiveData.Tests.Wire;

/// <summary>
/// Properties over arbitrary edits of valid messages (golden vectors and encoder output): byte sets, 32-bit
/// words at aligned offsets and a cut. Whatever the edit, every consumer of the schema either succeeds or
/// throws the exception its decoder documents.
/// </summary>
public sealed class DecoderMutationProperties
{
    private const int Cases = 1500;

    private static readonly Dictionary<string, FuzzTarget> Targets =
        FuzzTargets.All(WireSeeds.LocateVectors(AppContext.BaseDirectory)).ToDictionary(t => t.Schema);

    [Property(MaxTest = Cases)]
    public bool Ev44_edits_decode_or_are_rejected(byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut) =>
        ConsumedOrRejected(SchemaId.Ev44, seed, bytes, words, cut);

    [Property(MaxTest = Cases)]
    public bool Da00_edits_decode_or_are_rejected(byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut) =>
        ConsumedOrRejected(SchemaId.Da00, seed, bytes, words, cut);

    [Property(MaxTest = Cases)]
    public bool F144_edits_decode_or_are_rejected(byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut) =>
        ConsumedOrRejected(SchemaId.F144, seed, bytes, words, cut);

    [Property(MaxTest = Cases)]
    public bool X5f2_edits_decode_or_are_rejected(byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut) =>
        ConsumedOrRejected(SchemaId.X5f2, seed, bytes, words, cut);

    [Property(MaxTest = Cases)]
    public bool Ad00_edits_decode_or_are_rejected(byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut) =>
        ConsumedOrRejected(SchemaId.Ad00, seed, bytes, words, cut);

    [Property(MaxTest = Cases)]
    public bool Command_edits_parse_or_are_rejected(byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut) =>
        ConsumedOrRejected(FuzzTargets.CommandSchema, seed, bytes, words, cut);

    /// <param name="cut">Non-positive keeps the whole message; otherwise the message is cut to <c>cut % length</c> bytes.</param>
    private static bool ConsumedOrRejected(string schema, byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut)
    {
        var target = Targets[schema];
        var payload = (byte[])target.Seeds[seed % target.Seeds.Count].Bytes.Clone();
        foreach (var (at, value) in bytes ?? [])
        {
            payload[(int)((uint)at % payload.Length)] = value;
        }

        foreach (var (at, value) in words ?? [])
        {
            BinaryPrimitives.WriteInt32LittleEndian(payload.AsSpan((int)((uint)at % (payload.Length / 4)) * 4), value);
        }

        if (cut > 0)
        {
            payload = payload[..(cut % payload.Length)];
        }

        try
        {
            target.Consume(payload);
            return true;
        }
        catch (Exception e) when (target.IsDocumented(e))
        {
            return true;
        }
    }
}
