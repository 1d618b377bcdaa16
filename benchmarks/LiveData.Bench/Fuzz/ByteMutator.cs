using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// Mutates a binary message the ways that break FlatBuffers readers: bit flips, boundary values in bytes,
/// 16-bit vtable entries and 32-bit offsets/lengths, truncation, extension, splices with another seed,
/// duplicated and removed chunks. One to four mutations are stacked per message.
/// </summary>
public static class ByteMutator
{
    private static readonly byte[] InterestingBytes = [0x00, 0x01, 0x7F, 0x80, 0xFF];
    private static readonly ushort[] InterestingUInt16s = [0, 1, 2, 3, 4, 5, 0x7FFF, 0x8000, 0xFFFF];
    private static readonly int[] InterestingInt32s = [0, 1, -1, 4, 8, int.MaxValue, int.MinValue, 0x7FFF, 0x8000, 0xFFFF, 0x10000, 0x3FFFFFFF, 0x40000000];

    /// <param name="log">Receives a description of each mutation; null on the fast path.</param>
    public static byte[] Mutate(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> other, ref FuzzRandom random, List<string>? log)
    {
        var buffer = new List<byte>(seed.Length + 64);
        buffer.AddRange(seed);
        var count = random.Next(1, 5);
        for (var i = 0; i < count; i++)
        {
            MutateOnce(buffer, other, ref random, log);
        }

        return [.. buffer];
    }

    private static void MutateOnce(List<byte> buffer, ReadOnlySpan<byte> other, ref FuzzRandom random, List<string>? log)
    {
        if (buffer.Count == 0)
        {
            Extend(buffer, ref random, log);
            return;
        }

        switch (random.Next(11))
        {
            case 0: FlipBit(buffer, ref random, log); break;
            case 1: SetByte(buffer, ref random, log); break;
            case 2 or 3: SetUInt16(buffer, ref random, log); break;
            case 4 or 5: SetInt32(buffer, ref random, log); break;
            case 6: NudgeInt32(buffer, ref random, log); break;
            case 7: Truncate(buffer, ref random, log); break;
            case 8: Extend(buffer, ref random, log); break;
            case 9: Splice(buffer, other, ref random, log); break;
            default: if (random.Chance(2)) { DuplicateChunk(buffer, ref random, log); } else { RemoveChunk(buffer, ref random, log); } break;
        }
    }

    private static void FlipBit(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        var at = random.Next(buffer.Count);
        var bit = random.Next(8);
        buffer[at] ^= (byte)(1 << bit);
        log?.Add($"flip bit {bit} of byte {at}");
    }

    private static void SetByte(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        var at = random.Next(buffer.Count);
        buffer[at] = random.Chance(3) ? (byte)random.Next(256) : random.Pick(InterestingBytes);
        log?.Add($"byte {at} = 0x{buffer[at]:X2}");
    }

    /// <summary>vtable entries are 2-byte aligned field offsets and sizes.</summary>
    private static void SetUInt16(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        if (Aligned(buffer, 2, ref random) is not { } at)
        {
            return;
        }

        var value = random.Chance(4) ? (ushort)random.Next(buffer.Count) : random.Pick(InterestingUInt16s);
        BinaryPrimitives.WriteUInt16LittleEndian(CollectionsMarshal.AsSpan(buffer)[at..], value);
        log?.Add($"uint16 at {at} = {value}");
    }

    /// <summary>uoffsets, soffsets to vtables and vector lengths are 4-byte aligned 32-bit values.</summary>
    private static void SetInt32(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        if (Aligned(buffer, 4, ref random) is not { } at)
        {
            return;
        }

        var value = random.Next(3) switch
        {
            0 => random.Next(-buffer.Count, buffer.Count),
            1 => -random.Next(buffer.Count) - 1,
            _ => random.Pick(InterestingInt32s),
        };
        BinaryPrimitives.WriteInt32LittleEndian(CollectionsMarshal.AsSpan(buffer)[at..], value);
        log?.Add($"int32 at {at} = {value}");
    }

    private static void NudgeInt32(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        if (Aligned(buffer, 4, ref random) is not { } at)
        {
            return;
        }

        var span = CollectionsMarshal.AsSpan(buffer)[at..];
        var delta = random.Next(-16, 17);
        BinaryPrimitives.WriteInt32LittleEndian(span, unchecked(BinaryPrimitives.ReadInt32LittleEndian(span) + delta));
        log?.Add($"int32 at {at} += {delta}");
    }

    /// <summary>A random offset that is a multiple of <paramref name="size"/> with room for a value of that size, or null.</summary>
    private static int? Aligned(List<byte> buffer, int size, ref FuzzRandom random) =>
        buffer.Count < size ? null : random.Next(buffer.Count / size) * size;

    private static void Truncate(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        var length = random.Next(buffer.Count);
        buffer.RemoveRange(length, buffer.Count - length);
        log?.Add($"truncate to {length} bytes");
    }

    private static void Extend(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        var extra = random.Next(1, 65);
        var filler = random.Chance(2) ? (byte)0 : (byte)0xFF;
        var noisy = random.Chance(2);
        for (var i = 0; i < extra; i++)
        {
            buffer.Add(noisy ? (byte)random.Next(256) : filler);
        }

        log?.Add(noisy ? $"append {extra} random bytes" : $"append {extra} bytes of 0x{filler:X2}");
    }

    /// <summary>The head of this message joined to the tail of another message of the same schema.</summary>
    private static void Splice(List<byte> buffer, ReadOnlySpan<byte> other, ref FuzzRandom random, List<string>? log)
    {
        if (other.IsEmpty)
        {
            return;
        }

        var cut = random.Next(buffer.Count + 1);
        var from = random.Next(other.Length);
        buffer.RemoveRange(cut, buffer.Count - cut);
        buffer.AddRange(other[from..]);
        log?.Add($"keep {cut} bytes, splice the other seed from byte {from}");
    }

    private static void DuplicateChunk(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        var start = random.Next(buffer.Count);
        var length = random.Next(1, Math.Min(64, buffer.Count - start) + 1);
        var at = random.Next(buffer.Count + 1);
        buffer.InsertRange(at, buffer.GetRange(start, length));
        log?.Add($"copy {length} bytes from {start} to {at}");
    }

    private static void RemoveChunk(List<byte> buffer, ref FuzzRandom random, List<string>? log)
    {
        var start = random.Next(buffer.Count);
        var length = random.Next(1, Math.Min(64, buffer.Count - start) + 1);
        buffer.RemoveRange(start, length);
        log?.Add($"remove {length} bytes at {start}");
    }
}
