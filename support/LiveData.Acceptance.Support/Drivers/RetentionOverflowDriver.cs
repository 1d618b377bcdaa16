using LiveData.Acceptance.Support.Waiting;
using LiveData.Services.Routing;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Makes a consumer fall out of the broker's retention window (the embedded broker keeps about 5 MiB
/// per partition) and checks that the service says so: skipped records in its stream statistics and a
/// warning in its heartbeat. Loss is allowed; silent loss is not.
/// </summary>
public sealed class RetentionOverflowDriver(RawDataDriver raw, FaultDriver faults, ScenarioDiagnostics diagnostics)
{
    /// <summary>An ev44 event takes 8 bytes (time of arrival and pixel id), so this many make about 1 MiB.</summary>
    public const int EventsPerMebibyte = 131_072;
    private static readonly TimeSpan ReportTimeout = TimeSpan.FromSeconds(30);

    public void SendMebibytes(string source, int mebibytes, CancellationToken ct)
    {
        var random = new Random(20261124);
        raw.SendPulses(source, [.. Enumerable.Range(0, mebibytes).Select(_ => Enumerable.Range(0, EventsPerMebibyte).Select(_ => random.Next(0, 70_000_000)).ToArray())], ct);
    }

    /// <summary>Waits until the remembered worker's stream statistics count skipped records; returns how many.</summary>
    public async Task<long> WaitForSkippedRecordsAsync(string service, CancellationToken ct) =>
        (long)await Eventually.UntilAsync<object>($"{service} to report skipped records in its stream statistics", _ =>
        {
            var streams = faults.RememberedWorkerStatus(service)?.StreamStats?.Streams ?? [];
            var skipped = streams.Where(s => s.Stream == StreamStatisticsCollector.SkippedStream).Sum(s => s.Count);
            return Task.FromResult(((object?)(skipped > 0 ? skipped : null), $"stream statistics: [{string.Join(", ", streams.Select(s => $"{s.Topic}/{s.Stream}={s.Count}"))}]"));
        }, ReportTimeout, diagnostics.DumpAsync, ct);

    /// <summary>Waits until the remembered worker's heartbeat carries a warning; returns it.</summary>
    public Task<string> WaitForWarningAsync(string service, CancellationToken ct) =>
        Eventually.UntilAsync($"{service} to report a warning in its heartbeat", _ =>
        {
            var status = faults.RememberedWorkerStatus(service);
            return Task.FromResult((status?.Warning, $"state {status?.State.ToString() ?? "unknown"}, no warning"));
        }, ReportTimeout, diagnostics.DumpAsync, ct);
}
