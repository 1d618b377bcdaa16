using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace LiveData.Workflows.Parameters;

/// <summary>
/// Builds a workflow's parameters from its defaults plus the values a scenario or a command line states, addressed by dotted
/// path (<c>toa_edges.num_bins</c>). Values that read as numbers or booleans are sent as such.
/// </summary>
public static class WorkflowParameters
{
    public static JsonElement Override(JsonElement defaults, IEnumerable<WorkflowParameter> values)
    {
        var root = JsonNode.Parse(defaults.GetRawText())!.AsObject();
        foreach (var (path, text) in values)
        {
            var parts = path.Split('.');
            var parent = root;
            foreach (var part in parts[..^1])
            {
                parent = parent[part] as JsonObject ?? (JsonObject)(parent[part] = new JsonObject());
            }
            parent[parts[^1]] = Parse(text);
        }
        return JsonSerializer.SerializeToElement(root);
    }

    private static JsonNode? Parse(string text) =>
        long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer) ? JsonValue.Create(integer)
        // NaN, Infinity and numbers beyond double's range have no JSON number: they stay text, which the model refuses.
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number) ? JsonValue.Create(number)
        : bool.TryParse(text, out var flag) ? JsonValue.Create(flag)
        : JsonValue.Create(text);
}

/// <summary>A dotted parameter path and the value to give it: a row of a scenario's <c>| parameter | value |</c> table, or <c>--param path=value</c>.</summary>
public sealed record WorkflowParameter(string Parameter, string Value);
