namespace LiveData.Bench.Fuzz;

/// <summary>A valid message mutations start from, named after where it came from (a golden vector or an encoder).</summary>
public sealed record FuzzSeed(string Name, byte[] Bytes);
