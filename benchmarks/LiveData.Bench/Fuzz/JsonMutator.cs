using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// Mutates a JSON message structurally (dropped, duplicated and renamed keys, values of the wrong type,
/// huge numbers, deep nesting) and textually (invalid UTF-8, then the byte mutations of <see cref="ByteMutator"/>).
/// </summary>
public static class JsonMutator
{
    private static readonly string[] HostileValues =
    [
        "null", "true", "false", "0", "-1", "1.5", "-0", "\"\"", "\"x\"", "[]", "{}", "[1,2]", "{\"a\":1}",
        "\"00000000-0000-0000-0000-000000000000\"", "\"not-a-uuid\"", "\"dummy/monitor_histogram/1\"", "\"a/b/c/d\"", "\"/\"",
        "\"PAUSE\"", "\"stop\"", "\"workflow_config\"", "\"job_command\"", "\"\\u0000\"", "\"\\ud800\"",
    ];

    private static readonly string[] HugeNumbers =
    [
        "1e400", "-1e400", "1e-400", "123456789012345678901234567890", "9223372036854775808", "-9223372036854775809",
        "2147483648", "-2147483649", "18446744073709551616", "0.1e1", "1E+2",
    ];

    private static readonly string[] KnownKeys =
    [
        "kind", "identifier", "message_id", "job_id", "workflow_id", "action", "schedule", "start_time", "end_time",
        "aux_source_names", "params", "instrument", "name", "version", "source_name", "job_number", "",
    ];

    private static readonly byte[][] InvalidUtf8 =
    [
        [0xFF], [0xC3, 0x28], [0xED, 0xA0, 0x80], [0xC0, 0xAF], [0xE2, 0x82], [0xF8, 0x88, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80],
    ];

    private static readonly JsonWriterOptions WriterOptions = new() { SkipValidation = true };

    public static byte[] Mutate(ReadOnlySpan<byte> seed, ReadOnlySpan<byte> other, ref FuzzRandom random, List<string>? log)
    {
        var mutation = new JsonMutation(JsonNode.Parse(seed));
        var structural = random.Next(1, 4);
        for (var i = 0; i < structural; i++)
        {
            MutateStructure(mutation, ref random, log);
        }

        var text = mutation.Write(WriterOptions);
        if (random.Chance(4))
        {
            text = InsertInvalidUtf8(text, ref random, log);
        }

        return random.Chance(4) ? ByteMutator.Mutate(text, other, ref random, log) : text;
    }

    private static void MutateStructure(JsonMutation mutation, ref FuzzRandom random, List<string>? log)
    {
        var slots = mutation.Slots();
        var slot = random.Pick(slots);
        switch (random.Next(6))
        {
            case 0:
                if (slot.Parent is JsonObject owner && slot.Key is { } dropped)
                {
                    owner.Remove(dropped);
                    log?.Add($"drop key '{dropped}'");
                }
                break;
            case 1:
                if (slot.Parent is JsonObject && slot.Key is { } duplicated)
                {
                    mutation.Duplicate(slot, random.Chance(2) ? null : random.Pick(HostileValues));
                    log?.Add($"duplicate key '{duplicated}'");
                }
                break;
            case 2:
                if (slot.Parent is JsonObject renamedIn && slot.Key is { } renamed)
                {
                    var name = random.Pick(KnownKeys);
                    var value = renamedIn[renamed];
                    renamedIn.Remove(renamed);
                    renamedIn[name] = value;
                    log?.Add($"rename key '{renamed}' to '{name}'");
                }
                break;
            case 3:
                Replace(mutation, slot, random.Pick(HostileValues), log);
                break;
            case 4:
                Replace(mutation, slot, random.Pick(HugeNumbers), log);
                break;
            default:
                Replace(mutation, slot, Nested(random.Next(1, 5000), random.Chance(2)), log);
                break;
        }
    }

    private static void Replace(JsonMutation mutation, JsonSlot slot, string raw, List<string>? log)
    {
        mutation.Replace(slot, raw);
        log?.Add($"{slot} = {(raw.Length > 40 ? raw[..40] + $"… ({raw.Length} chars)" : raw)}");
    }

    private static string Nested(int depth, bool arrays)
    {
        var text = new StringBuilder(depth * 6);
        for (var i = 0; i < depth; i++)
        {
            text.Append(arrays ? "[" : "{\"a\":");
        }

        text.Append('1');
        text.Append(arrays ? ']' : '}', depth);
        return text.ToString();
    }

    /// <summary>Puts an invalid sequence right after an opening or closing quote, i.e. into a string or a key.</summary>
    private static byte[] InsertInvalidUtf8(byte[] text, ref FuzzRandom random, List<string>? log)
    {
        var quotes = new List<int>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == (byte)'"')
            {
                quotes.Add(i + 1);
            }
        }

        var at = quotes.Count > 0 ? random.Pick(quotes) : random.Next(text.Length + 1);
        var sequence = random.Pick(InvalidUtf8);
        log?.Add($"insert invalid UTF-8 {Convert.ToHexString(sequence)} at byte {at}");
        return [.. text.AsSpan(0, at), .. sequence, .. text.AsSpan(at)];
    }

    /// <summary>A JSON tree being mutated, with the raw text that replaces some of its values.</summary>
    private sealed class JsonMutation(JsonNode? root)
    {
        private readonly Dictionary<JsonNode, string> _raw = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<(JsonObject Owner, string Key), string?> _duplicates = [];
        private JsonNode? _root = root;
        private string? _rawRoot;

        public List<JsonSlot> Slots()
        {
            var slots = new List<JsonSlot> { new(null, null, -1) };
            Collect(_root, slots);
            return slots;
        }

        /// <param name="value">Raw JSON for the second occurrence, or null to repeat the same value.</param>
        public void Duplicate(JsonSlot slot, string? value) => _duplicates[((JsonObject)slot.Parent!, slot.Key!)] = value;

        public void Replace(JsonSlot slot, string raw)
        {
            var placeholder = JsonValue.Create(0);
            _raw[placeholder] = raw;
            switch (slot.Parent)
            {
                case JsonObject owner: owner[slot.Key!] = placeholder; break;
                case JsonArray array: array[slot.Index] = placeholder; break;
                default: _root = placeholder; _rawRoot = raw; break;
            }
        }

        public byte[] Write(JsonWriterOptions options)
        {
            if (_rawRoot is not null && _raw.ContainsKey(_root!))
            {
                return Encoding.UTF8.GetBytes(_rawRoot);
            }

            var output = new ArrayBufferWriter<byte>();
            using (var writer = new Utf8JsonWriter(output, options))
            {
                Write(writer, _root);
            }

            return output.WrittenSpan.ToArray();
        }

        private static void Collect(JsonNode? node, List<JsonSlot> slots)
        {
            switch (node)
            {
                case JsonObject owner:
                    foreach (var (key, value) in owner)
                    {
                        slots.Add(new JsonSlot(owner, key, -1));
                        Collect(value, slots);
                    }
                    break;
                case JsonArray array:
                    for (var i = 0; i < array.Count; i++)
                    {
                        slots.Add(new JsonSlot(array, null, i));
                        Collect(array[i], slots);
                    }
                    break;
            }
        }

        private void Write(Utf8JsonWriter writer, JsonNode? node)
        {
            if (node is not null && _raw.TryGetValue(node, out var raw))
            {
                writer.WriteRawValue(raw, skipInputValidation: true);
                return;
            }

            switch (node)
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case JsonObject owner:
                    writer.WriteStartObject();
                    foreach (var (key, value) in owner.ToList())
                    {
                        writer.WritePropertyName(key);
                        Write(writer, value);
                        if (_duplicates.TryGetValue((owner, key), out var second))
                        {
                            writer.WritePropertyName(key);
                            if (second is null) { Write(writer, value); } else { writer.WriteRawValue(second, skipInputValidation: true); }
                        }
                    }
                    writer.WriteEndObject();
                    break;
                case JsonArray array:
                    writer.WriteStartArray();
                    foreach (var item in array)
                    {
                        Write(writer, item);
                    }
                    writer.WriteEndArray();
                    break;
                default:
                    node.WriteTo(writer);
                    break;
            }
        }
    }

    /// <summary>Where a value sits: a key of an object, an index of an array, or the root (no parent).</summary>
    private readonly record struct JsonSlot(JsonNode? Parent, string? Key, int Index)
    {
        public override string ToString() => Parent is null ? "root" : Key is not null ? $"'{Key}'" : $"[{Index}]";
    }
}
