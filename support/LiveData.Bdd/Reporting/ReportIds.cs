namespace LiveData.Bdd;

/// <summary>Ids for the report's own messages, prefixed so they never clash with Gherkin's numeric node and pickle ids.</summary>
internal sealed class ReportIds
{
    private long _next;

    public string Next(string prefix) => $"{prefix}-{Interlocked.Increment(ref _next)}";
}
