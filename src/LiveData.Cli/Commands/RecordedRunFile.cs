using LiveData.Geometry.Nexus;
using LiveData.Services.Fakes;

namespace LiveData.Cli.Commands;

/// <summary>The run a fake replays (<c>--nexus-file</c>), read before anything starts so a bad file is a usage error.</summary>
public static class RecordedRunFile
{
    /// <param name="monitors">Whether monitor events are replayed (fake_monitors) rather than detector events.</param>
    /// <returns>The run, or the problem with the file.</returns>
    public static (RecordedRun? Run, string? Problem) Read(string file, bool monitors)
    {
        RecordedRun run;
        try
        {
            run = RecordedEventsReader.Read(file);
        }
        catch (Exception e) when (e is InvalidDataException or FileNotFoundException or IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
        return RecordedRunChecks.Problem(run, monitors) is { } problem ? (null, problem) : (run, null);
    }
}
