using System.Text.Json;

namespace LiveData.Workflows.Parameters;

/// <summary>Upstream's <c>NoParams</c>: an empty object; any field is rejected (the model forbids extras).</summary>
public static class NoParams
{
    public static readonly JsonElement Default = JsonDocument.Parse("{}").RootElement.Clone();

    /// <exception cref="InvalidWorkflowParamsException">the parameters are not an empty object.</exception>
    public static void Validate(JsonElement parameters)
    {
        if (parameters.ValueKind is JsonValueKind.Undefined or JsonValueKind.Null)
        {
            return;
        }
        if (parameters.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidWorkflowParamsException($"expected an object, got {parameters.ValueKind}");
        }
        var extra = parameters.EnumerateObject().Select(p => p.Name).ToList();
        if (extra.Count > 0)
        {
            throw new InvalidWorkflowParamsException($"this workflow takes no parameters, got: {string.Join(", ", extra)}");
        }
    }
}
