using LiveData.Geometry.Nexus;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// A recorded run the fakes replay once (<c>--nexus-file FILE --replay-once</c>), and what it recorded: the job's totals
/// must equal the recorded events inside the range, each counted once.
/// </summary>
public sealed class ReplayDriver(InstrumentFilesDriver files, ServiceGroupDriver services, ScenarioInstrument instrument, ConservationDriver conservation)
{
    private RecordedRun? _run;

    /// <param name="sample">A known-answer sample, or null for random events.</param>
    public async Task RecordAsync(int pulses, string? sample, CancellationToken ct)
    {
        await files.WriteRecordedRunAsync(pulses, sample, ct);
        _run = RecordedEventsReader.Read(files.RecordedRunPath);
    }

    /// <summary>Replays the run's monitors (fake_monitors) or detectors (fake_detectors) once.</summary>
    public Task ReplayOnceAsync(string fake, CancellationToken ct) =>
        services.StartAsync(ServiceGroupCatalog.ReplayOnce(fake, files.RecordedRunPath), ct);

    public Task WaitForRecordedTotalAsync(string source, double fromMs, double toMs, CancellationToken ct)
    {
        var events = Recorded(source);
        var (from, to) = (fromMs * 1e6, toMs * 1e6);
        long inside = 0, replayed = 0;
        for (var pulse = 0; pulse < events.PulseCount; pulse++)
        {
            var offsets = events.Pulse(pulse).TimeOffsetNs.Span;
            replayed += offsets.Length;
            foreach (var t in offsets)
            {
                inside += t >= from && t < to ? 1 : 0;
            }
        }
        return conservation.WaitForTotalAsync(source, inside, replayed, ct);
    }

    // The fakes publish the file's monitors as the instrument's monitors in file order, and its detectors under their own names.
    private RecordedEvents Recorded(string source)
    {
        var run = _run ?? throw new InvalidOperationException("No run was recorded in this scenario");
        var monitor = instrument.Instrument.Monitors.ToList().IndexOf(source);
        return monitor >= 0 && monitor < run.Monitors.Count
            ? run.Monitors[monitor]
            : run.Detectors.FirstOrDefault(d => d.Name == source)
              ?? throw new ArgumentException($"The recorded run has no events for {source}: monitors {run.Monitors.Count}, detectors {string.Join(", ", run.Detectors.Select(d => d.Name))}");
    }
}
