namespace LiveData.Core.Data;

/// <summary>A named variable with coordinates; the unit of every result a workflow publishes.</summary>
public sealed record DataArray(string Name, Variable Data, IReadOnlyList<KeyValuePair<string, Variable>> Coords)
{
    public Variable? Coord(string name) => Coords.FirstOrDefault(c => c.Key == name).Value;

    public DataArray WithCoord(string name, Variable value) =>
        this with { Coords = [.. Coords.Where(c => c.Key != name), new(name, value)] };

    public IReadOnlyDictionary<string, long> Sizes =>
        Data.Dims.Zip(Data.Shape).ToDictionary(p => p.First, p => p.Second);
}
