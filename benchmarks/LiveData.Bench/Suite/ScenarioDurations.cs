using System.Text.Json;

namespace LiveData.Bench.Suite;

/// <summary>One acceptance scenario's wall time, from its testCaseStarted to its testCaseFinished.</summary>
public sealed record ScenarioDuration(string Name, string Uri, TimeSpan WallTime);

/// <summary>What an acceptance run's Cucumber Messages say about time: when it started and finished, and each finished scenario's wall time.</summary>
public sealed record AcceptanceRunTimes(DateTimeOffset? StartedAt, IReadOnlyList<ScenarioDuration> Scenarios, DateTimeOffset? FinishedAt = null)
{
    /// <summary>The whole run's wall time, when the report has both ends.</summary>
    public TimeSpan? WallTime => StartedAt is { } start && FinishedAt is { } end ? end - start : null;
}

/// <summary>
/// Reads scenario wall times from Cucumber Messages NDJSON (as Reqnroll's message formatter writes them): pickle
/// (name, uri) ← testCase ← testCaseStarted (start) ← testCaseFinished (end), in any order. A scenario that started
/// but never finished (an interrupted run), a pickle that never started (Reqnroll lists every pickle of a feature it
/// touched, also those a filtered run left out) and an attempt that will be retried are left out.
/// </summary>
public static class ScenarioDurations
{
    /// <exception cref="FormatException">A line is not JSON, or a message lacks a field this reading needs; the message names the line.</exception>
    public static AcceptanceRunTimes Parse(TextReader ndjson)
    {
        var pickles = new Dictionary<string, (string Name, string Uri)>();
        var testCases = new Dictionary<string, string>();
        var started = new Dictionary<string, (string TestCaseId, DateTimeOffset At)>();
        var finished = new List<(string StartedId, DateTimeOffset At)>();
        DateTimeOffset? runStarted = null;
        DateTimeOffset? runFinished = null;
        var lineNumber = 0;
        while (ndjson.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }
            try
            {
                using var document = JsonDocument.Parse(line);
                var envelope = document.RootElement;
                if (envelope.TryGetProperty("pickle", out var pickle))
                {
                    pickles[Text(pickle, "id")] = (Text(pickle, "name"), Text(pickle, "uri"));
                }
                else if (envelope.TryGetProperty("testCase", out var testCase))
                {
                    testCases[Text(testCase, "id")] = Text(testCase, "pickleId");
                }
                else if (envelope.TryGetProperty("testCaseStarted", out var caseStarted))
                {
                    started[Text(caseStarted, "id")] = (Text(caseStarted, "testCaseId"), Timestamp(caseStarted));
                }
                else if (envelope.TryGetProperty("testCaseFinished", out var caseFinished))
                {
                    if (caseFinished.TryGetProperty("willBeRetried", out var retried) && retried.ValueKind == JsonValueKind.True)
                    {
                        continue;
                    }
                    finished.Add((Text(caseFinished, "testCaseStartedId"), Timestamp(caseFinished)));
                }
                else if (envelope.TryGetProperty("testRunStarted", out var run))
                {
                    runStarted = Timestamp(run);
                }
                else if (envelope.TryGetProperty("testRunFinished", out var runEnd))
                {
                    runFinished = Timestamp(runEnd);
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
            {
                throw new FormatException($"Cucumber messages line {lineNumber}: {e.Message}", e);
            }
        }
        return new AcceptanceRunTimes(runStarted, [.. finished.Select(f => Scenario(f.StartedId, f.At, started, testCases, pickles))], runFinished);
    }

    private static ScenarioDuration Scenario(
        string startedId, DateTimeOffset finishedAt,
        Dictionary<string, (string TestCaseId, DateTimeOffset At)> started, Dictionary<string, string> testCases, Dictionary<string, (string Name, string Uri)> pickles)
    {
        if (!started.TryGetValue(startedId, out var start) || !testCases.TryGetValue(start.TestCaseId, out var pickleId) || !pickles.TryGetValue(pickleId, out var pickle))
        {
            throw new FormatException($"Cucumber messages: testCaseFinished for {startedId} has no matching testCaseStarted, testCase and pickle");
        }
        return new ScenarioDuration(pickle.Name, pickle.Uri, finishedAt - start.At);
    }

    private static string Text(JsonElement message, string property) =>
        message.GetProperty(property).GetString() ?? throw new FormatException($"\"{property}\" is null");

    private static DateTimeOffset Timestamp(JsonElement message)
    {
        var timestamp = message.GetProperty("timestamp");
        return DateTimeOffset.UnixEpoch
            + TimeSpan.FromSeconds(timestamp.GetProperty("seconds").GetInt64())
            + TimeSpan.FromTicks(timestamp.GetProperty("nanos").GetInt64() / 100);
    }
}
