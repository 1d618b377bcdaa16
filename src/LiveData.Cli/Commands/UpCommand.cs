using System.CommandLine;
using LiveData.Cli.Up;

namespace LiveData.Cli.Commands;

/// <summary>
/// <c>livedata up</c>: the whole chain in one process — embedded broker, fake monitors, monitor_data and
/// a headless dashboard running the monitor histogram — with a live table of counts per output.
/// </summary>
public static class UpCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Instrument();
        var port = CommonOptions.Port(9092);
        var duration = new Option<double?>("--duration") { Description = "Stop after this many seconds (default: until Ctrl-C)" };
        var logFile = new Option<FileInfo?>("--log-file") { Description = "Where the services' logs go (default: a file in the temp directory)" };
        var command = new Command("up", "Run broker, fake monitors, monitor_data and the monitor histogram, showing live counts") { instrument, port, duration, logFile };
        duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is <= 0)
            {
                r.AddError("--duration must be positive");
            }
        });
        command.SetAction((result, ct) => new UpSession(
            result.GetValue(instrument)!,
            result.GetValue(port),
            result.GetValue(duration) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            result.GetValue(logFile)?.FullName ?? Path.Combine(Path.GetTempPath(), $"livedata-up-{DateTime.Now:yyyyMMdd-HHmmss}.log")).RunAsync(ct));
        return command;
    }
}
