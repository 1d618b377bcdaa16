namespace LiveData.Bench;

/// <summary>The sections <c>livedata-bench</c> knows, in the order a full run takes them.</summary>
public static class BenchCatalog
{
    public static IReadOnlyList<IBenchSection> All { get; } =
    [
        new Kernels.KernelsSection(),
        new Pipeline.PipelineSection(),
        new Latency.LatencySection(),
        new Suite.SuiteSection(),
        new Memory.MemorySection(),
        new Fuzz.FuzzSection(),
    ];

    /// <summary>What a plain <c>livedata-bench</c> runs: every section except those that only run when named.</summary>
    public static IReadOnlyList<IBenchSection> Default => [.. All.Where(s => !OnlyWhenNamed.Contains(s.Name))];

    /// <summary>Fuzzing is a reliability check, not a figure of speed: it runs only when asked for.</summary>
    public static IReadOnlySet<string> OnlyWhenNamed { get; } = new HashSet<string>(StringComparer.Ordinal) { "fuzz" };
}
