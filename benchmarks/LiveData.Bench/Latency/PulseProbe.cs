using LiveData.Messaging.Configuration;
using LiveData.Messaging.Kafka;
using LiveData.Services.Fakes;
using LiveData.Wire.Ev44;
using Microsoft.Extensions.Logging;

namespace LiveData.Bench.Latency;

/// <summary>Reads one pulse from a fake's raw topic to learn its pulse grid.</summary>
public static class PulseProbe
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(30);

    /// <exception cref="TimeoutException">No event message arrived on <paramref name="topic"/> in time.</exception>
    public static async Task<PulseGrid> ReadGridAsync(KafkaSettings settings, string topic, ILogger logger, CancellationToken ct)
    {
        // A tiny queue: only the first message matters, and at 10x a detector message is most of a megabyte.
        await using var consumer = await LatestOffsetConsumer.StartAsync(settings, $"bench_pulse_probe_{Guid.NewGuid()}", [topic], logger, ct, capacity: 4);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(Deadline);
        try
        {
            while (await consumer.WaitToReadAsync(deadline.Token))
            {
                while (consumer.TryRead(out var record))
                {
                    if (NewestReferenceTime(record.Value) is { } pulse)
                    {
                        return new PulseGrid(pulse, PulseClock.PeriodNs);
                    }
                }
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            // falls through to the timeout below
        }
        throw new TimeoutException($"No ev44 pulse on {topic} within {Deadline.TotalSeconds:0} s");
    }

    private static long? NewestReferenceTime(byte[] payload)
    {
        var view = Ev44View.Read(payload);
        return view.HasReferenceTime && view.ReferenceTime.Length > 0 ? view.ReferenceTime[^1] : null;
    }
}
