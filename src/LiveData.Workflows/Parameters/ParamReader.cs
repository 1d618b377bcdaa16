using System.Globalization;
using System.Text.Json;

namespace LiveData.Workflows.Parameters;

/// <summary>
/// Reads one object of a workflow's JSON parameters with defaults for absent fields. Errors name the
/// field by its dotted path so the ERR acknowledgement tells the operator exactly what to fix.
/// </summary>
public readonly struct ParamReader
{
    private readonly JsonElement _element;
    private readonly string _path;

    private ParamReader(JsonElement element, string path)
    {
        _element = element;
        _path = path;
    }

    public static ParamReader Root(JsonElement element)
    {
        if (element.ValueKind is not (JsonValueKind.Object or JsonValueKind.Undefined or JsonValueKind.Null))
        {
            throw new InvalidWorkflowParamsException($"params must be a JSON object, got {element.ValueKind}");
        }
        return new ParamReader(element, "");
    }

    public ParamReader Object(string name)
    {
        var child = Find(name);
        if (child is { ValueKind: not (JsonValueKind.Object or JsonValueKind.Null) } c)
        {
            throw Invalid(name, $"must be an object, got {c.ValueKind}");
        }
        return new ParamReader(child ?? default, PathOf(name));
    }

    public double Number(string name, double fallback)
    {
        var child = Find(name);
        if (child is null)
        {
            return fallback;
        }
        return child.Value.ValueKind == JsonValueKind.Number && child.Value.TryGetDouble(out var value) && double.IsFinite(value)
            ? value
            : throw Invalid(name, $"must be a finite number, got {child.Value.GetRawText()}");
    }

    public int Integer(string name, int fallback, int min, int max)
    {
        var child = Find(name);
        if (child is null)
        {
            return fallback;
        }
        if (child.Value.ValueKind != JsonValueKind.Number || !child.Value.TryGetInt64(out var value))
        {
            throw Invalid(name, $"must be an integer, got {child.Value.GetRawText()}");
        }
        return value >= min && value <= max
            ? (int)value
            : throw Invalid(name, string.Create(CultureInfo.InvariantCulture, $"must be between {min} and {max}, got {value}"));
    }

    public bool Boolean(string name, bool fallback)
    {
        var child = Find(name);
        return child?.ValueKind switch
        {
            null => fallback,
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw Invalid(name, $"must be true or false, got {child.Value.GetRawText()}"),
        };
    }

    public string Choice(string name, string fallback, IReadOnlyCollection<string> choices)
    {
        var child = Find(name);
        if (child is null)
        {
            return fallback;
        }
        var value = child.Value.ValueKind == JsonValueKind.String ? child.Value.GetString()! : null;
        return value is not null && choices.Contains(value)
            ? value
            : throw Invalid(name, $"must be one of {string.Join(", ", choices.Select(c => $"'{c}'"))}, got {child.Value.GetRawText()}");
    }

    public InvalidWorkflowParamsException Invalid(string name, string problem) => new($"{PathOf(name)}: {problem}");

    private JsonElement? Find(string name) =>
        _element.ValueKind == JsonValueKind.Object && _element.TryGetProperty(name, out var child) && child.ValueKind != JsonValueKind.Null
            ? child
            : null;

    private string PathOf(string name) => _path.Length == 0 ? name : $"{_path}.{name}";
}
