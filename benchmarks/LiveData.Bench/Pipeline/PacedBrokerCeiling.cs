using System.Globalization;
using Confluent.Kafka;
using LiveData.Messaging.Topics;

namespace LiveData.Bench.Pipeline;

/// <summary>
/// The broker's ceiling as the pipeline meets it: the same paced detector messages (same sizes, same
/// 14 Hz bursts, same topic and partitions) read by a bare consumer that only counts bytes, stepping
/// the rate up until the embedded broker starts dropping messages (its 5 MiB-per-partition retention
/// overruns a consumer that falls a moment behind). No service is running while this measures.
/// </summary>
public static class PacedBrokerCeiling
{
    /// <returns>The highest MB/s received without loss (or, if the first rung already lost, what it received) and that rung.</returns>
    public static async Task<(double MegabytesPerSecond, double Multiplier)> MeasureAsync(
        PipelineRig rig, IEnumerable<double> multipliers, PipelinePlan plan, IProgress<string> progress, CancellationToken ct)
    {
        (double MegabytesPerSecond, double Multiplier)? best = null;
        foreach (var multiplier in multipliers)
        {
            var (received, share) = await MeasureRungAsync(rig, DetectorLoad.For(rig.Instrument, multiplier), plan, ct);
            var lossless = share >= StepVerdicts.MinProcessedShare;
            progress.Report(string.Create(CultureInfo.InvariantCulture, $"broker raw x{multiplier:0.#}: {received:0} MB/s received, {share:P1} of produced: {(lossless ? "lossless" : "loses messages")}"));
            if (!lossless)
            {
                return best ?? (received, multiplier);
            }
            best = (received, multiplier);
        }
        return best ?? throw new ArgumentException("no rate to measure the broker at", nameof(multipliers));
    }

    private static async Task<(double MegabytesPerSecond, double ReceivedShare)> MeasureRungAsync(PipelineRig rig, DetectorLoad load, PipelinePlan plan, CancellationToken ct)
    {
        var topic = rig.Dashboard.Topics.Detector;
        using var consumer = new ConsumerBuilder<Ignore, byte[]>(rig.Settings.CreateConsumerConfig($"bench_raw_{Guid.NewGuid():N}")).SetLogHandler((_, _) => { }).Build();
        consumer.Assign(Enumerable.Range(0, PipelineRig.DataPartitions).Select(p => new TopicPartitionOffset(topic, p, Offset.End)));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var counter = new ByteCounter();
        var reading = Task.Run(() => counter.Run(consumer, stop.Token), CancellationToken.None);
        try
        {
            await rig.StartDetectorLoadAsync(load);
            await Task.Delay(plan.Settle, ct);
            var (messages0, bytes0) = counter.Read();
            var produced0 = await TopicWatermarks.HighWatermarkAsync(rig.Settings, topic, ct);
            await Task.Delay(plan.Window, ct);
            var produced = await TopicWatermarks.HighWatermarkAsync(rig.Settings, topic, ct) - produced0;
            var (messages1, bytes1) = counter.Read();
            return ((bytes1 - bytes0) / plan.Window.TotalSeconds / 1e6, produced > 0 ? (double)(messages1 - messages0) / produced : 0);
        }
        finally
        {
            await rig.StopDetectorLoadAsync();
            await stop.CancelAsync();
            await reading;
        }
    }

    private sealed class ByteCounter
    {
        private long _messages;
        private long _bytes;

        public (long Messages, long Bytes) Read() => (Interlocked.Read(ref _messages), Interlocked.Read(ref _bytes));

        public void Run(IConsumer<Ignore, byte[]> consumer, CancellationToken ct)
        {
            while (!ct.IsCancellationRequested)
            {
                if (consumer.Consume(TimeSpan.FromMilliseconds(50))?.Message is { } message)
                {
                    Interlocked.Increment(ref _messages);
                    Interlocked.Add(ref _bytes, message.Value.Length);
                }
            }
        }
    }
}
