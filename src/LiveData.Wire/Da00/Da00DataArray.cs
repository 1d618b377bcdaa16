namespace LiveData.Wire.Da00;

/// <summary>A da00 message: a source name, a timestamp (ns since epoch) and its variables. Equality compares contents.</summary>
public sealed record Da00DataArray(string SourceName, long Timestamp, IReadOnlyList<Da00Variable> Variables)
{
    /// <summary>The first variable called <paramref name="name"/>, or null.</summary>
    public Da00Variable? Find(string name)
    {
        foreach (var variable in Variables)
        {
            if (variable.Name == name)
            {
                return variable;
            }
        }

        return null;
    }

    public bool Equals(Da00DataArray? other) =>
        other is not null
        && SourceName == other.SourceName
        && Timestamp == other.Timestamp
        && Variables.SequenceEqual(other.Variables);

    public override int GetHashCode() => HashCode.Combine(SourceName, Timestamp, Variables.Count);
}
