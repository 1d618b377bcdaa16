namespace LiveData.Benchmarks;

/// <summary>The seeded events the micro-benchmarks share with <c>livedata-bench kernels</c>.</summary>
internal static class BenchmarkEvents
{
    public const int PulsePeriodNs = 71_430_000;
    public const int EventsPerMessage = 1 << 18;

    public static GeneratedEvents For(int pixelCount, int count) =>
        GeneratedEvents.Create(count, EventsPerMessage, 1, pixelCount, PulsePeriodNs, seed: 44);
}
