using System.Reflection;
using System.Runtime.InteropServices;
using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>
/// The living documentation of one test run: collects each scenario's result as it finishes (from any
/// thread) and writes the run as Cucumber Messages — meta, then per feature its source, document and the
/// pickles that ran, the hooks, testRunStarted, each test case, testRunFinished. Only scenarios that ran appear.
/// </summary>
public sealed class CucumberReport(DateTimeOffset startedAt)
{
    private readonly Lock _gate = new();
    private readonly List<ScenarioResult> _results = [];

    public DateTimeOffset StartedAt { get; } = startedAt;

    public void Add(ScenarioResult result)
    {
        lock (_gate)
        {
            _results.Add(result);
        }
    }

    public IEnumerable<Envelope> Envelopes(DateTimeOffset finishedAt)
    {
        ScenarioResult[] results;
        lock (_gate)
        {
            results = [.. _results];
        }

        var ids = new ReportIds();
        var testRunStarted = new TestRunStarted(MessageTime.Timestamp(StartedAt), ids.Next("test-run"));
        var hooks = new ReportedHooks(results, ids);

        yield return Envelope.Create(DescribeRun());
        foreach (var feature in results.GroupBy(r => r.Scenario.Source))
        {
            yield return Envelope.Create(new Source(feature.Key.Uri, feature.Key.Text, SourceMediaType.TEXT_X_CUCUMBER_GHERKIN_PLAIN));
            yield return Envelope.Create(feature.Key.Document);
            foreach (var pickle in feature.Select(r => r.Scenario.Pickle).Distinct())
            {
                yield return Envelope.Create(pickle);
            }
        }

        foreach (var hook in hooks.All)
        {
            yield return Envelope.Create(hook);
        }

        yield return Envelope.Create(testRunStarted);
        foreach (var envelope in results.SelectMany(r => TestCaseMessages.For(r, hooks, ids, testRunStarted.Id)))
        {
            yield return envelope;
        }

        yield return Envelope.Create(new TestRunFinished(null, results.All(r => r.Succeeded), MessageTime.Timestamp(finishedAt), null, testRunStarted.Id));
    }

    public void WriteTo(TextWriter writer, DateTimeOffset finishedAt) => new NdjsonMessageWriter(writer).WriteAll(Envelopes(finishedAt));

    /// <summary>Writes the NDJSON next to <paramref name="path"/> first and then moves it in place, so readers never see half a report.</summary>
    public async Task WriteToFileAsync(string path, DateTimeOffset finishedAt, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        var partial = path + ".partial";
        await using (var writer = new StreamWriter(partial))
        {
            WriteTo(writer, finishedAt);
            await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
        }

        File.Move(partial, path, overwrite: true);
    }

    private static Meta DescribeRun() => new(
        ProductVersion(typeof(Envelope).Assembly),
        new Product("LiveData.Bdd", ProductVersion(typeof(CucumberReport).Assembly)),
        new Product(".NET", Environment.Version.ToString()),
        new Product(RuntimeInformation.OSDescription, Environment.OSVersion.Version.ToString()),
        new Product(RuntimeInformation.ProcessArchitecture.ToString().ToLowerInvariant(), null),
        null);

    private static string ProductVersion(Assembly assembly) => assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0";
}
