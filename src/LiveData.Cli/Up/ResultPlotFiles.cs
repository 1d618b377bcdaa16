using LiveData.Core.Identity;
using LiveData.Dashboard;
using LiveData.Plotting;

namespace LiveData.Cli.Up;

/// <summary>
/// <c>livedata up --plot-dir</c>: the latest value of each of the workflow's outputs as a PNG when the run ends, so
/// that a terminal user can look at histograms and images, not only their totals.
/// </summary>
public static class ResultPlotFiles
{
    /// <returns>The files written, one per output that has a picture (1-D or 2-D); scalars and empty results have none.</returns>
    public static IReadOnlyList<string> Write(DashboardBackend dashboard, WorkflowId workflowId, DirectoryInfo directory)
    {
        directory.Create();
        var written = new List<string>();
        foreach (var (key, (result, _)) in dashboard.Results.Snapshot().Where(e => e.Key.WorkflowId == workflowId).OrderBy(e => e.Key.ToString(), StringComparer.Ordinal))
        {
            var title = $"{dashboard.Instrument.Name} {workflowId.Name}: {key.SourceName} {key.OutputName}";
            if (ResultPlot.Png(result, title) is { } png)
            {
                var path = Path.Combine(directory.FullName, FileName(key));
                File.WriteAllBytes(path, png);
                written.Add(path);
            }
        }
        return written;
    }

    // Source and output names are identifiers (letters, digits, '_', '/' in a few outputs), so only '/' needs replacing.
    private static string FileName(DataKey key) => $"{key.WorkflowId.Name}_{key.SourceName}_{key.OutputName}.png".Replace('/', '_');
}
