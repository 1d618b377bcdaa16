using System.CommandLine;
using System.Diagnostics;
using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Instruments.Geometry;
using LiveData.Instruments.Geometry.Samples;
using LiveData.Services.Backend;

namespace LiveData.Cli.Commands;

/// <summary>
/// <c>livedata nexus</c>: writes synthetic NeXus files (an instrument's geometry, a recorded run the fakes replay) and
/// shows what a geometry file says (detectors, monitors, L1), for checking a real file.
/// </summary>
public static class NexusCommand
{
    public static Command Create() =>
        new("nexus", "Write synthetic NeXus geometry and recorded runs, and show a geometry file") { Geometry(), Run(), NexusShow.Create() };

    private static Command Geometry()
    {
        var instrument = CommonOptions.Instrument();
        var output = new Option<string?>("--output")
        {
            Description = "File to write (default: the geometry location services read, $LIVEDATA_DATA_DIR/<instrument>/geometry.nxs)",
        };
        var command = new Command("geometry", "Write a synthetic NeXus geometry of an instrument: every detector pixel, monitors, sample and source") { instrument, output };
        command.SetAction(result =>
        {
            var name = result.GetValue(instrument)!;
            var path = result.GetValue(output) ?? InstrumentFiles.DefaultGeometryPath(name);
            return Write(path, () => SyntheticGeometry.For(InstrumentCatalog.Get(name)), "geometry");
        });
        return command;
    }

    private static Command Run()
    {
        var instrument = CommonOptions.Instrument();
        var output = new Option<string>("--output") { Description = "File to write", Required = true };
        var pulses = new Option<int>("--pulses") { Description = "Recorded pulses (14 per second)", DefaultValueFactory = _ => 140 };
        pulses.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 100_000)
            {
                r.AddError("--pulses must be between 1 and 100000");
            }
        });
        var seed = new Option<int>("--seed") { Description = "Seed of the random events: the same seed writes the same run", DefaultValueFactory = _ => 0 };
        var sample = new Option<string?>("--sample") { Description = "A known-answer sample to record (e.g. silicon on dream); default: random events" };
        var command = new Command("run", "Write a synthetic recorded run (geometry and NXevent_data of every monitor and detector) for fake_monitors/fake_detectors --nexus-file")
        {
            instrument, output, pulses, seed, sample,
        };
        command.Validators.Add(r =>
        {
            if (r.GetValue(sample) is { } name)
            {
                try
                {
                    KnownSamples.Get(CommonOptions.InstrumentOf(r, instrument), name);
                }
                catch (ArgumentException e)
                {
                    r.AddError(e.Message);
                }
            }
        });
        command.SetAction(result =>
        {
            var name = result.GetValue(instrument)!;
            var known = result.GetValue(sample) is { } sampleName ? KnownSamples.Get(name, sampleName) : null;
            return Write(result.GetValue(output)!, () => SyntheticRun.For(InstrumentCatalog.Get(name), result.GetValue(pulses), result.GetValue(seed), known), known is null ? "run" : $"run of {known.Name} ({known.Description})");
        });
        return command;
    }

    private static int Write(string path, Func<InstrumentContent> build, string what)
    {
        var watch = Stopwatch.StartNew();
        var content = build();
        try
        {
            NexusFileWriter.Write(path, content);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"{path}: cannot write ({e.Message})");
            return BrokerGuard.InvalidSettingsExitCode;
        }
        var megabytes = new FileInfo(path).Length / 1e6;
        Console.WriteLine($"Wrote the synthetic {what} of {content.InstrumentName} to {Path.GetFullPath(path)} ({megabytes:F1} MB in {watch.Elapsed.TotalSeconds:F1} s)");
        foreach (var detector in content.Detectors)
        {
            var events = detector.Events is { } e ? $", {e.EventCount} events in {e.PulseCount} pulses" : "";
            Console.WriteLine($"  detector {detector.Name}: {detector.PixelCount} pixels, detector_number {detector.DetectorNumbers.Min()}–{detector.DetectorNumbers.Max()}{events}");
        }
        foreach (var monitor in content.Monitors)
        {
            var events = monitor.Events is { } e ? $": {e.EventCount} events in {e.PulseCount} pulses" : "";
            Console.WriteLine($"  monitor {monitor.Name}{events}");
        }
        Console.WriteLine($"  {content.Detectors.Sum(d => (long)d.PixelCount)} pixels in {content.Detectors.Count} detectors, {content.Monitors.Count} monitors");
        return 0;
    }
}
