namespace LiveData.Acceptance.Support.Waiting;

/// <summary>
/// Polls a probe until it yields a value or the timeout passes. Never a fixed sleep: the wait ends as
/// soon as the condition holds. On timeout the error names the condition, what the probe saw last and
/// a diagnostic dump.
/// </summary>
public static class Eventually
{
    // Most probes update the in-process dashboard or query one watermark. At 200 ms the waits came out in 0.2 s
    // steps (an acknowledgement that took milliseconds cost 0.2 s); at 100 ms a wait ends within a tenth of a
    // batch window of its condition holding.
    public static readonly TimeSpan DefaultPoll = TimeSpan.FromMilliseconds(100);

    /// <param name="probe">Returns the awaited value, or null with a description of what it saw instead.</param>
    public static async Task<T> UntilAsync<T>(
        string condition,
        Func<CancellationToken, Task<(T? Value, string Seen)>> probe,
        TimeSpan timeout,
        Func<CancellationToken, Task<string>> diagnostics,
        CancellationToken ct,
        TimeSpan? poll = null)
        where T : class
    {
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        var seen = "nothing yet";
        Exception? lastError = null;
        while (true)
        {
            try
            {
                var (value, observation) = await probe(ct);
                if (value is not null)
                {
                    return value;
                }
                seen = observation;
                lastError = null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                lastError = e;
                seen = $"{e.GetType().Name}: {e.Message}";
            }
            if (clock.GetElapsedTime(started) >= timeout)
            {
                throw new WaitTimeoutException(
                    $"Timed out after {timeout.TotalSeconds:0.#} s waiting for {condition}.{Environment.NewLine}Last seen: {seen}{Environment.NewLine}{await diagnostics(CancellationToken.None)}",
                    lastError);
            }
            await Task.Delay(poll ?? DefaultPoll, clock, ct);
        }
    }

    /// <summary>Waits for a condition that carries no value.</summary>
    public static Task UntilAsync(string condition, Func<CancellationToken, Task<(bool Met, string Seen)>> probe, TimeSpan timeout, Func<CancellationToken, Task<string>> diagnostics, CancellationToken ct, TimeSpan? poll = null) =>
        UntilAsync<object>(condition, async c =>
        {
            var (met, seen) = await probe(c);
            return (met ? new object() : null, seen);
        }, timeout, diagnostics, ct, poll);
}
