namespace LiveData.Workflows.Parameters;

/// <summary>The time units a parameter may be given in, and their size in nanoseconds.</summary>
public static class TimeUnit
{
    private static readonly IReadOnlyDictionary<string, double> NanosecondsPer = new Dictionary<string, double>
    {
        ["ns"] = 1.0,
        ["us"] = 1e3,
        ["μs"] = 1e3,
        ["µs"] = 1e3,
        ["ms"] = 1e6,
        ["s"] = 1e9,
    };

    public static IReadOnlyCollection<string> Names => [.. NanosecondsPer.Keys];

    public static bool IsKnown(string unit) => NanosecondsPer.ContainsKey(unit);

    public static double ToNanoseconds(double value, string unit) => value * NanosecondsPer[unit];
}
