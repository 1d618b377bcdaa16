using System.Globalization;
using System.Numerics;
using System.Text.Json;
using System.Text.RegularExpressions;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace LiveData.Dashboard.Config;

/// <summary>
/// YAML as upstream's dashboard stores reads and writes it: PyYAML's <c>safe_load</c> / <c>safe_dump</c>
/// (block style, insertion order, YAML 1.1 scalar resolution, <c>&amp;id001</c>/<c>*id001</c> anchors for
/// shared values). Documents are kept as YamlDotNet node trees so entries this side does not understand
/// are written back as they were read; JSON values (workflow parameters) convert both ways.
/// </summary>
internal static partial class UpstreamYaml
{
    /// <summary>The top-level mapping of <paramref name="text"/>; an empty file (or a bare null) is an empty mapping.</summary>
    /// <exception cref="InvalidDataException">The text is not YAML, holds several documents, or is not a mapping.</exception>
    public static YamlMappingNode LoadMapping(string text, string source)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(text));
        }
        catch (YamlException e)
        {
            throw new InvalidDataException($"{source} is not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.Message}", e);
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException($"{source} is not valid YAML: {e.Message}", e);
        }
        return stream.Documents.Count switch
        {
            0 => new YamlMappingNode(),
            > 1 => throw new InvalidDataException($"{source} holds {stream.Documents.Count} YAML documents; expected one mapping"),
            _ => stream.Documents[0].RootNode switch
            {
                YamlMappingNode mapping => mapping,
                YamlScalarNode scalar when IsNull(scalar) => new YamlMappingNode(),
                var root => throw new InvalidDataException($"{source} holds a YAML {Describe(root)} at the top; expected a mapping"),
            },
        };
    }

    /// <summary>The mapping written as PyYAML's <c>safe_dump(default_flow_style=False, sort_keys=False)</c> would.</summary>
    public static string Dump(YamlMappingNode root)
    {
        var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, new EmitterSettings().WithBestWidth(int.MaxValue));
        var anchors = new AnchorPlan(root);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart());
        Emit(emitter, root, anchors);
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return writer.ToString();
    }

    /// <summary>The value under a string key of <paramref name="mapping"/>, or null.</summary>
    public static YamlNode? Get(YamlMappingNode mapping, string key) =>
        mapping.Children.FirstOrDefault(child => child.Key is YamlScalarNode scalar && scalar.Value == key).Value;

    /// <summary>A plain string scalar, quoted when PyYAML would otherwise read it as something else.</summary>
    /// Control characters and line breaks (tabs included, which PyYAML's scanner rejects in plain scalars) are
    /// written double-quoted with escapes, as PyYAML does.
    public static YamlScalarNode String(string value) =>
        new(value)
        {
            Style = value.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\uFEFF') ? ScalarStyle.DoubleQuoted
                : NeedsQuotes(value) ? ScalarStyle.SingleQuoted
                : ScalarStyle.Any,
        };

    public static YamlMappingNode EmptyMapping() => new() { Style = MappingStyle.Flow };

    public static bool IsNull(YamlNode? node) =>
        node is null || node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar && scalar.Tag.IsEmpty && Resolve(scalar.Value ?? "") is Kind.Null;

    public static string Describe(YamlNode node) => node switch
    {
        YamlMappingNode => "mapping",
        YamlSequenceNode => "sequence",
        YamlScalarNode scalar => $"scalar '{scalar.Value}'",
        _ => node.NodeType.ToString(),
    };

    /// <summary>The node as JSON: mappings become objects (keys as text), sequences arrays, scalars by YAML 1.1 resolution.</summary>
    /// <exception cref="InvalidDataException">A value JSON cannot hold (.inf, .nan, an unknown tag, a cycle); <paramref name="where"/> names it.</exception>
    public static JsonElement ToJson(YamlNode node, string where)
    {
        var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteJson(writer, node, where, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));
        }
        using var document = JsonDocument.Parse(buffer.ToArray());
        return document.RootElement.Clone();
    }

    /// <summary>The JSON value as a node that PyYAML reads back as the same value (numbers keep int vs float).</summary>
    public static YamlNode FromJson(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => Mapping(value.EnumerateObject().Select(p => (p.Name, FromJson(p.Value)))),
        JsonValueKind.Array => value.GetArrayLength() == 0
            ? new YamlSequenceNode { Style = SequenceStyle.Flow }
            : new YamlSequenceNode(value.EnumerateArray().Select(FromJson)) { Style = SequenceStyle.Block },
        JsonValueKind.String => String(value.GetString()!),
        JsonValueKind.Number => Plain(PythonNumber(value.GetRawText())),
        JsonValueKind.True => Plain("true"),
        JsonValueKind.False => Plain("false"),
        _ => Plain("null"),
    };

    /// <summary>A block mapping with string keys, flow <c>{}</c> when empty (as PyYAML writes it).</summary>
    public static YamlMappingNode Mapping(IEnumerable<(string Key, YamlNode Value)> entries)
    {
        var mapping = new YamlMappingNode { Style = MappingStyle.Block };
        foreach (var (key, value) in entries)
        {
            mapping.Add(String(key), value);
        }
        if (mapping.Children.Count == 0)
        {
            mapping.Style = MappingStyle.Flow;
        }
        return mapping;
    }

    private static YamlScalarNode Plain(string text) => new(text) { Style = ScalarStyle.Plain };

    /// <summary>JSON number text as a YAML 1.1 int or float: floats need a dot and a signed exponent, or PyYAML reads a string.</summary>
    private static string PythonNumber(string json)
    {
        if (!json.AsSpan().ContainsAny(".eE"))
        {
            return json;
        }
        var text = json.ToLowerInvariant();
        var e = text.IndexOf('e', StringComparison.Ordinal);
        var mantissa = e < 0 ? text : text[..e];
        var exponent = e < 0 ? "" : text[(e + 1)..];
        if (!mantissa.Contains('.', StringComparison.Ordinal))
        {
            mantissa += ".0";
        }
        if (exponent.Length > 0 && exponent[0] is not ('+' or '-'))
        {
            exponent = "+" + exponent;
        }
        return exponent.Length == 0 ? mantissa : $"{mantissa}e{exponent}";
    }

    private enum Kind { String, Null, Bool, Int, Float, Other }

    // PyYAML's implicit resolvers (yaml/resolver.py, YAML 1.1): what a plain scalar is read as.
    [GeneratedRegex("^(?:~|null|Null|NULL|)$")]
    private static partial Regex NullPattern();

    [GeneratedRegex("^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$")]
    private static partial Regex BoolPattern();

    [GeneratedRegex("^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$")]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$")]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt]|[ \t]+)[0-9]{1,2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9]{1,2}(?::[0-9]{2})?))?)$")]
    private static partial Regex TimestampPattern();

    private static Kind Resolve(string plain) =>
        NullPattern().IsMatch(plain) ? Kind.Null
        : BoolPattern().IsMatch(plain) ? Kind.Bool
        : IntPattern().IsMatch(plain) ? Kind.Int
        : FloatPattern().IsMatch(plain) ? Kind.Float
        : TimestampPattern().IsMatch(plain) || plain is "<<" or "=" ? Kind.Other
        : Kind.String;

    private static bool NeedsQuotes(string value) => Resolve(value) is not Kind.String;

    private static void WriteJson(Utf8JsonWriter writer, YamlNode node, string where, HashSet<YamlNode> ancestors)
    {
        if (!ancestors.Add(node))
        {
            throw new InvalidDataException($"{where} refers to itself (a recursive YAML alias)");
        }
        switch (node)
        {
            case YamlMappingNode mapping:
                writer.WriteStartObject();
                foreach (var (key, value) in mapping.Children)
                {
                    var name = key is YamlScalarNode scalarKey
                        ? scalarKey.Value ?? ""
                        : throw new InvalidDataException($"{where} has a {Describe(key)} as a key; expected a scalar");
                    writer.WritePropertyName(name);
                    WriteJson(writer, value, $"{where} → {name}", ancestors);
                }
                writer.WriteEndObject();
                break;
            case YamlSequenceNode sequence:
                writer.WriteStartArray();
                var index = 0;
                foreach (var item in sequence.Children)
                {
                    WriteJson(writer, item, $"{where} → [{index++}]", ancestors);
                }
                writer.WriteEndArray();
                break;
            case YamlScalarNode scalar:
                WriteScalar(writer, scalar, where);
                break;
            default:
                throw new InvalidDataException($"{where} is a YAML {node.NodeType}, which has no JSON form");
        }
        ancestors.Remove(node);
    }

    private static void WriteScalar(Utf8JsonWriter writer, YamlScalarNode scalar, string where)
    {
        var text = scalar.Value ?? "";
        var kind = scalar.Tag.IsEmpty || scalar.Tag.IsNonSpecific
            ? scalar.Style is ScalarStyle.Plain or ScalarStyle.Any ? Resolve(text) : Kind.String
            : scalar.Tag.Value switch
            {
                "tag:yaml.org,2002:str" => Kind.String,
                "tag:yaml.org,2002:null" => Kind.Null,
                "tag:yaml.org,2002:bool" => Kind.Bool,
                "tag:yaml.org,2002:int" => Kind.Int,
                "tag:yaml.org,2002:float" => Kind.Float,
                "tag:yaml.org,2002:timestamp" => Kind.Other,
                var tag => throw new InvalidDataException($"{where} has the YAML tag {tag}, which has no JSON form"),
            };
        switch (kind)
        {
            case Kind.Null:
                writer.WriteNullValue();
                break;
            case Kind.Bool:
                writer.WriteBooleanValue(text.ToLowerInvariant() is "yes" or "true" or "on");
                break;
            case Kind.Int:
                writer.WriteRawValue(ParseInt(text, where).ToString(CultureInfo.InvariantCulture));
                break;
            case Kind.Float:
                writer.WriteRawValue(ParseFloat(text, where));
                break;
            default:
                // Strings, and timestamps (read by Python as datetimes; JSON has only their text).
                writer.WriteStringValue(text);
                break;
        }
    }

    private static BigInteger ParseInt(string text, string where)
    {
        var digits = text.Replace("_", "", StringComparison.Ordinal);
        var negative = digits.StartsWith('-');
        digits = digits.TrimStart('+', '-');
        BigInteger value;
        if (digits.Contains(':', StringComparison.Ordinal))
        {
            value = digits.Split(':').Aggregate(BigInteger.Zero, (sum, part) => sum * 60 + BigInteger.Parse(part, CultureInfo.InvariantCulture));
        }
        else if (digits.StartsWith("0b", StringComparison.Ordinal))
        {
            value = digits[2..].Aggregate(BigInteger.Zero, (sum, digit) => sum * 2 + (digit - '0'));
        }
        else if (digits.StartsWith("0x", StringComparison.Ordinal))
        {
            value = BigInteger.Parse("0" + digits[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        }
        else if (digits.Length > 1 && digits[0] == '0')
        {
            value = digits[1..].Aggregate(BigInteger.Zero, (sum, digit) => sum * 8 + (digit - '0'));
        }
        else if (!BigInteger.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            throw new InvalidDataException($"{where}: '{text}' is not an integer");
        }
        return negative ? -value : value;
    }

    /// <summary>YAML 1.1 float text as JSON number text that still reads as a float (a dot or an exponent).</summary>
    private static string ParseFloat(string text, string where)
    {
        var digits = text.Replace("_", "", StringComparison.Ordinal);
        if (digits.Contains("inf", StringComparison.OrdinalIgnoreCase) || digits.Contains("nan", StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidDataException($"{where}: '{text}' (infinity or not-a-number) has no JSON form");
        }
        double value;
        if (digits.Contains(':', StringComparison.Ordinal))
        {
            var negative = digits.StartsWith('-');
            value = digits.TrimStart('+', '-').Split(':').Aggregate(0.0, (sum, part) => sum * 60 + double.Parse(part, CultureInfo.InvariantCulture));
            value = negative ? -value : value;
        }
        else
        {
            value = double.Parse(digits, NumberStyles.Float, CultureInfo.InvariantCulture);
        }
        if (!double.IsFinite(value))
        {
            throw new InvalidDataException($"{where}: '{text}' is out of range for a float");
        }
        var json = value.ToString("R", CultureInfo.InvariantCulture);
        return json.AsSpan().ContainsAny(".E") ? json : json + ".0";
    }

    private static void Emit(IEmitter emitter, YamlNode node, AnchorPlan anchors)
    {
        if (anchors.Emitted(node, out var alias))
        {
            emitter.Emit(new AnchorAlias(alias));
            return;
        }
        var anchor = anchors.AnchorFor(node);
        var tag = node.Tag.IsNonSpecific ? TagName.Empty : node.Tag;
        switch (node)
        {
            case YamlMappingNode mapping:
                var mappingStyle = mapping.Children.Count == 0 ? MappingStyle.Flow : mapping.Style == MappingStyle.Flow ? MappingStyle.Flow : MappingStyle.Block;
                emitter.Emit(new MappingStart(anchor, tag, tag.IsEmpty, mappingStyle));
                foreach (var (key, value) in mapping.Children)
                {
                    Emit(emitter, key, anchors);
                    Emit(emitter, value, anchors);
                }
                emitter.Emit(new MappingEnd());
                break;
            case YamlSequenceNode sequence:
                var sequenceStyle = sequence.Children.Count == 0 ? SequenceStyle.Flow : sequence.Style == SequenceStyle.Flow ? SequenceStyle.Flow : SequenceStyle.Block;
                emitter.Emit(new SequenceStart(anchor, tag, tag.IsEmpty, sequenceStyle));
                foreach (var item in sequence.Children)
                {
                    Emit(emitter, item, anchors);
                }
                emitter.Emit(new SequenceEnd());
                break;
            case YamlScalarNode scalar:
                emitter.Emit(new Scalar(anchor, tag, scalar.Value ?? "", scalar.Style, tag.IsEmpty, tag.IsEmpty));
                break;
            default:
                throw new InvalidOperationException($"A YAML {node.NodeType} cannot be written");
        }
    }

    /// <summary>Which nodes occur more than once (PyYAML anchors those as id001, id002, … in order of first use).</summary>
    private sealed class AnchorPlan
    {
        private readonly HashSet<YamlNode> _shared = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<YamlNode, AnchorName> _emitted = new(ReferenceEqualityComparer.Instance);

        public AnchorPlan(YamlNode root) => Count(root, new HashSet<YamlNode>(ReferenceEqualityComparer.Instance));

        public bool Emitted(YamlNode node, out AnchorName anchor) => _emitted.TryGetValue(node, out anchor);

        public AnchorName AnchorFor(YamlNode node)
        {
            if (!_shared.Contains(node))
            {
                return AnchorName.Empty;
            }
            var anchor = new AnchorName(string.Create(CultureInfo.InvariantCulture, $"id{_emitted.Count + 1:000}"));
            _emitted[node] = anchor;
            return anchor;
        }

        private void Count(YamlNode node, HashSet<YamlNode> seen)
        {
            if (!seen.Add(node))
            {
                _shared.Add(node);
                return;
            }
            var children = node switch
            {
                YamlMappingNode mapping => mapping.Children.SelectMany(child => new[] { child.Key, child.Value }),
                YamlSequenceNode sequence => sequence.Children,
                _ => [],
            };
            foreach (var child in children)
            {
                Count(child, seen);
            }
        }
    }
}
