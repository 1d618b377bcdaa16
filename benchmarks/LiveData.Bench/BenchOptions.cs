namespace LiveData.Bench;

/// <param name="Quick">Shortened runs (the whole bench in under two minutes) for CI-side smoke use.</param>
/// <param name="OutputDirectory">Where plots (PNG) and other artefacts go.</param>
/// <param name="JsonPath">Where the JSON report goes, or null for none.</param>
/// <param name="Duration">Overrides a section's run length (e.g. the memory run's 10 minutes) when given.</param>
/// <param name="Count">How many items a counting section (fuzz) processes, when given.</param>
public sealed record BenchOptions(bool Quick, string OutputDirectory, string? JsonPath, TimeSpan? Duration = null, long? Count = null);
