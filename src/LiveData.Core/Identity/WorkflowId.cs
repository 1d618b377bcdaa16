namespace LiveData.Core.Identity;

/// <summary>Identifies a workflow spec: <c>instrument/name/version</c> (upstream has no namespace part any more).</summary>
public readonly record struct WorkflowId(string Instrument, string Name, int Version)
{
    public override string ToString() => $"{Instrument}/{Name}/{Version}";

    public static WorkflowId Parse(string text)
    {
        if (TryParse(text, out var id))
        {
            return id;
        }
        throw new FormatException($"'{text}' is not a workflow id of the form instrument/name/version");
    }

    public static bool TryParse(string? text, out WorkflowId id)
    {
        id = default;
        var parts = text?.Split('/');
        if (parts is not { Length: 3 } || parts[0].Length == 0 || parts[1].Length == 0
            || !int.TryParse(parts[2], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var version))
        {
            return false;
        }
        id = new WorkflowId(parts[0], parts[1], version);
        return true;
    }
}
