using LiveData.Wire;
using LiveData.Wire.Da00;
using LiveData.Wire.Ev44;
using LiveData.Wire.F144;
using LiveData.Wire.X5f2;

namespace LiveData.Tests.Wire;

/// <summary>
/// Truncated, mutated and garbage payloads must either decode or throw <see cref="WireFormatException"/>:
/// never an index error, never a crash, never a hang.
/// </summary>
public sealed class HostileInputTests
{
    private const int MutationsPerVector = 1500;

    /// <summary>All but the 160 kB ev44, whose layout the smaller ev44 vectors share.</summary>
    public static TheoryData<string> SmallVectors => new(WireVectors.Names.Where(name => name != "ev44_detector_large").ToArray());

    public static TheoryData<string> SchemaIds => new(SchemaId.Ev44, SchemaId.Da00, SchemaId.F144, SchemaId.X5f2);

    [Theory]
    [MemberData(nameof(WireVectors.All), MemberType = typeof(WireVectors))]
    public void Every_truncation_decodes_or_is_rejected(string vector)
    {
        var payload = WireVectors.Bytes(vector);
        // Every prefix of the small vectors; a dense sample of the 160 kB one keeps the test quick.
        var step = payload.Length > 4096 ? 61 : 1;
        for (var length = 0; length < payload.Length; length += step)
        {
            AssertDecodesOrRejects(payload.AsSpan(0, length), $"{vector} cut to {length} bytes");
        }

        for (var length = Math.Max(0, payload.Length - 256); length < payload.Length; length++)
        {
            AssertDecodesOrRejects(payload.AsSpan(0, length), $"{vector} cut to {length} bytes");
        }
    }

    [Theory]
    [MemberData(nameof(SmallVectors))]
    public void Random_byte_mutations_decode_or_are_rejected(string vector)
    {
        var original = WireVectors.Bytes(vector);
        var random = new Random(vector.GetHashCode(StringComparison.Ordinal) ^ 20251124);
        var payload = new byte[original.Length];
        for (var i = 0; i < MutationsPerVector; i++)
        {
            original.CopyTo(payload, 0);
            var mutations = random.Next(1, 5);
            for (var m = 0; m < mutations; m++)
            {
                // Extreme values hit lengths and offsets harder than uniform noise does.
                payload[random.Next(payload.Length)] = random.Next(4) switch
                {
                    0 => 0x00,
                    1 => 0xFF,
                    2 => 0x7F,
                    _ => (byte)random.Next(256),
                };
            }

            AssertDecodesOrRejects(payload, $"{vector} mutation {i}");
        }
    }

    [Theory]
    [MemberData(nameof(SchemaIds))]
    public void Random_garbage_behind_a_valid_identifier_is_rejected(string schema)
    {
        var random = new Random(schema.GetHashCode(StringComparison.Ordinal) ^ 4711);
        for (var i = 0; i < 2000; i++)
        {
            var payload = new byte[random.Next(8, 512)];
            random.NextBytes(payload);
            payload[0] = (byte)random.Next(8, 64); // Point the root somewhere plausible.
            payload[1] = payload[2] = payload[3] = 0;
            System.Text.Encoding.ASCII.GetBytes(schema).CopyTo(payload, 4);

            AssertDecodesOrRejects(payload, $"{schema} garbage {i}");
        }
    }

    [Fact]
    public void Fixed_garbage_is_rejected_by_every_decoder()
    {
        var counting = Enumerable.Repeat(Enumerable.Range(0, 256).Select(b => (byte)b), 4).SelectMany(b => b).ToArray();
        var ev44Head = WireVectors.Bytes("ev44_monitor_small")[..12];
        byte[][] garbage = [counting, [], ev44Head, Stamp(counting, SchemaId.Ev44), Stamp(counting, SchemaId.Da00), Stamp(counting, SchemaId.F144), Stamp(counting, SchemaId.X5f2)];

        foreach (var payload in garbage)
        {
            Rejection(() => Ev44View.Read(payload)).Should().BeOfType<WireFormatException>();
            Rejection(() => Da00Codec.Decode(payload)).Should().BeOfType<WireFormatException>();
            Rejection(() => F144Codec.Decode(payload)).Should().BeOfType<WireFormatException>();
            Rejection(() => X5f2Codec.Decode(payload)).Should().BeOfType<WireFormatException>();
            Rejection(() => WireJson.ToJson(payload)).Should().BeOfType<WireFormatException>();
        }
    }

    private static byte[] Stamp(byte[] payload, string schema)
    {
        var stamped = payload.ToArray();
        System.Text.Encoding.ASCII.GetBytes(schema).CopyTo(stamped, 4);
        return stamped;
    }

    private static Exception? Rejection(Action decode)
    {
        try
        {
            decode();
            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }

    /// <summary>Decodes with the payload's own schema and renders it; only <see cref="WireFormatException"/> may escape.</summary>
    private static void AssertDecodesOrRejects(ReadOnlySpan<byte> payload, string context)
    {
        Exception? failure = null;
        try
        {
            DecodeFully(payload);
        }
        catch (WireFormatException)
        {
        }
        catch (Exception e)
        {
            failure = e;
        }

        if (failure is not null)
        {
            failure.Should().BeOfType<WireFormatException>("{0} must be rejected cleanly, but threw {1}", context, failure);
        }
    }

    private static void DecodeFully(ReadOnlySpan<byte> payload)
    {
        switch (SchemaId.Identify(payload))
        {
            case SchemaId.Ev44: Ev44View.Read(payload); break;
            case SchemaId.Da00:
                foreach (var variable in Da00Codec.Decode(payload).Variables)
                {
                    _ = variable.DataType == Da00DataType.CString ? variable.ToCString() : (object)variable.ToDoubles();
                }

                break;
            case SchemaId.F144: F144Codec.Decode(payload).Value.ToDoubles(); break;
            case SchemaId.X5f2: X5f2Codec.Decode(payload); break;
        }

        WireJson.ToJson(payload);
    }
}
