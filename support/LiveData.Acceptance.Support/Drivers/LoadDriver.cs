using System.Globalization;
using LiveData.Acceptance.Support.Reporting;
using LiveData.Core.Time;
using LiveData.Services.Fakes;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Sends a monitor's events at a multiple of the nominal rate, on the real 14 Hz pulse grid, for the
/// load duration (<see cref="DurationVariable"/>, default 10 s), counting the events inside a time-of-arrival
/// range as they are made. Meanwhile it samples, once a second, each service's resident memory and how far
/// the dashboard's total trails what was sent.
/// </summary>
public sealed class LoadDriver(RawDataDriver raw, ServiceGroupDriver services, ConservationDriver conservation, ScenarioAttachments attachments)
{
    public const string DurationVariable = "LIVEDATA_LOAD_SECONDS";
    private const double PulsesPerSecond = 14;
    private static readonly TimeSpan DefaultDuration = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan SampleInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SendInterval = TimeSpan.FromMilliseconds(100);
    private readonly List<LoadSample> _samples = [];

    public long Sent { get; private set; }

    public long SentInside { get; private set; }

    public IReadOnlyList<LoadSample> Samples => _samples;

    /// <summary>How long a load run lasts: <see cref="DurationVariable"/> seconds if set, else 10 s.</summary>
    /// <exception cref="InvalidOperationException">The variable is set but is not a positive number of seconds.</exception>
    public static TimeSpan Duration => Environment.GetEnvironmentVariable(DurationVariable) switch
    {
        null or "" => DefaultDuration,
        var text when double.TryParse(text, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 => TimeSpan.FromSeconds(seconds),
        var text => throw new InvalidOperationException($"{DurationVariable} must be a positive number of seconds, not '{text}'"),
    };

    /// <summary>Sends for the load duration, then attaches the samples to the scenario's report.</summary>
    public async Task SendAsync(string source, double rateMultiplier, double fromMs, double toMs, CancellationToken ct)
    {
        var generator = new MonitorEventGenerator(0, 1, new Random(20261124), rateMultiplier);
        var (from, to) = ((int)(fromMs * 1e6), (int)(toMs * 1e6));
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        var firstPulse = EpochNanoseconds.Now(clock);
        var pulses = 0L;
        var nextSample = TimeSpan.Zero;
        while (clock.GetElapsedTime(started) is var elapsed && elapsed < Duration)
        {
            var due = (long)(elapsed.TotalSeconds * PulsesPerSecond) + 1;
            var batch = new List<int[]>();
            for (var pulse = pulses; pulse < due; pulse++)
            {
                var toa = generator.NextPulse();
                Sent += toa.Length;
                SentInside += toa.Count(t => t >= from && t < to);
                batch.Add(toa);
            }
            raw.SendPulses(source, firstPulse + pulses * RawDataDriver.PulsePeriodNs, pulses, batch, ct);
            pulses += batch.Count;
            if (elapsed >= nextSample)
            {
                _samples.Add(new LoadSample(elapsed, SentInside, conservation.Total(source) ?? 0, services.Services.ToDictionary(s => s.Name, ResidentKibibytes)));
                nextSample += SampleInterval;
            }
            await Task.Delay(SendInterval, clock, ct);
        }
        // The samples go into the living documentation as the evidence behind the memory and lag claims.
        attachments.Attach($"Sent {Sent} events ({SentInside} inside the range) in {Duration.TotalSeconds:0} s{Environment.NewLine}{Describe()}", "load-samples.txt");
    }

    /// <summary>
    /// How much higher a service's resident memory peaked in the second half of the run than in the first,
    /// as a fraction. Peaks, because the garbage collector makes memory a sawtooth.
    /// </summary>
    public double MemoryGrowth(string service)
    {
        var half = Math.Max(1, _samples.Count / 2);
        var early = _samples.Take(half).Max(s => s.ResidentKibibytes[service]);
        var late = _samples.Skip(half).DefaultIfEmpty(_samples[^1]).Max(s => s.ResidentKibibytes[service]);
        return (double)(late - early) / early;
    }

    /// <summary>The most the shown total trailed what was sent, in seconds of sent data.</summary>
    public double LongestLagSeconds()
    {
        var insidePerSecond = SentInside / Duration.TotalSeconds;
        return _samples.Max(s => (s.SentInside - s.Shown) / insidePerSecond);
    }

    public string Describe() => string.Join(Environment.NewLine, _samples.Select(s =>
        $"{s.Elapsed.TotalSeconds,6:0.0} s: sent inside {s.SentInside}, shown {s.Shown}, RSS {string.Join(", ", s.ResidentKibibytes.Select(r => $"{r.Key} {r.Value / 1024} MiB"))}"));

    private static long ResidentKibibytes(LiveData.Processes.ServiceProcess service) =>
        service.ProcessId is { } pid && File.Exists($"/proc/{pid}/status")
            ? long.Parse(File.ReadLines($"/proc/{pid}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture)
            : 0;
}

/// <summary>One look during a load run: events sent inside the range so far, the total shown, each service's resident memory.</summary>
public sealed record LoadSample(TimeSpan Elapsed, long SentInside, double Shown, IReadOnlyDictionary<string, long> ResidentKibibytes);
