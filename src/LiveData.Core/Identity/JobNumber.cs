namespace LiveData.Core.Identity;

/// <summary>A UUID minted by the dashboard per commit; shared by all sources of that commit.</summary>
public readonly record struct JobNumber(Guid Value)
{
    public static JobNumber New() => new(Guid.NewGuid());

    public static JobNumber Parse(string text) =>
        Guid.TryParse(text, out var value)
            ? new JobNumber(value)
            : throw new FormatException($"'{text}' is not a job number (a UUID)");

    public static bool TryParse(string? text, out JobNumber jobNumber)
    {
        var parsed = Guid.TryParse(text, out var value);
        jobNumber = new JobNumber(value);
        return parsed;
    }

    public override string ToString() => Value.ToString("D");
}
