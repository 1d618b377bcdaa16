using System.Buffers.Binary;
using FsCheck;
using FsCheck.Xunit;
using LiveData.Bench.Fuzz;

namespace LiveData.Tests.Wire;

/// <summary>
/// Properties over arbitrary edits of valid messages (golden vectors and encoder output): byte sets, 32-bit
/// words at aligned offsets and a cut. Whatever the edit, every consumer of the schema either succeeds or
/// throws the exception its decoder documents.
/// </summary>
public sealed class DecoderMutationProperties
{
    /// <summary>About five hundred edits per schema.</summary>
    private const int Cases = 3000;

    private static readonly FuzzTarget[] Targets = [.. FuzzTargets.All(Checkout.WireVectors.Locate(AppContext.BaseDirectory))];

    /// <param name="schema">Picks the schema (ev44, da00, f144, x5f2, ad00, command JSON), <paramref name="seed"/> one of its valid messages.</param>
    [Property(MaxTest = Cases)]
    public bool Edited_messages_are_consumed_or_rejected_with_the_documented_exception(
        byte schema, byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut) =>
        ConsumedOrRejected(Targets[schema % Targets.Length], seed, bytes, words, cut);

    /// <param name="cut">Non-positive keeps the whole message; otherwise the message is cut to <c>cut % length</c> bytes.</param>
    private static bool ConsumedOrRejected(FuzzTarget target, byte seed, (int At, byte Value)[] bytes, (int At, int Value)[] words, int cut)
    {
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
