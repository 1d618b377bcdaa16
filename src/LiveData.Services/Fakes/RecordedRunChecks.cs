using LiveData.Geometry.Nexus;

namespace LiveData.Services.Fakes;

/// <summary>Why a recorded run cannot be replayed by a fake, or null when it can; checked before the fake starts.</summary>
public static class RecordedRunChecks
{
    public static string NoMonitors(RecordedRun run) =>
        $"{run.File}: no NXmonitor under the NXinstrument has (exactly one) NXevent_data to replay";

    public static string NoDetectors(RecordedRun run) =>
        $"{run.File}: no NXdetector under the NXinstrument has (exactly one) NXevent_data to replay";

    /// <returns>The problem for <c>fake_monitors</c> (<paramref name="monitors"/>) or <c>fake_detectors</c>, or null.</returns>
    public static string? Problem(RecordedRun run, bool monitors) => monitors
        ? run.Monitors.Count == 0 ? NoMonitors(run) : null
        : run.Detectors.Count == 0 ? NoDetectors(run) : null;
}
