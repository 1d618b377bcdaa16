namespace LiveData.Acceptance.Support.Web;

/// <summary>
/// What a scientist does on a dashboard screen and reads back from it: fill in and start a workflow, reconfigure and
/// stop it, draw on a detector image, and watch plots, verdicts and the job table. Scenarios tagged <c>@web</c> get
/// the web page in a real browser.
/// </summary>
public interface IDashboardUi
{
    /// <summary>Starts the workflow for one source with these parameters (dotted names, as on the form) changed from the defaults.</summary>
    Task StartAsync(string workflow, string source, IReadOnlyDictionary<string, string> parameters, CancellationToken ct);

    /// <summary>Changes parameters of the running workflow and applies them (a restart with the new values).</summary>
    Task ReconfigureAsync(IReadOnlyDictionary<string, string> parameters, CancellationToken ct);

    Task StopAsync(CancellationToken ct);

    /// <summary>Waits until the plot of this output shows what <paramref name="satisfies"/> asks; returns what it showed then.</summary>
    Task<PlotReading> WaitForPlotAsync(string source, string output, string condition, Func<PlotReading, bool> satisfies, CancellationToken ct);

    /// <summary>
    /// Watches the plot for <paramref name="window"/> and fails as soon as it is redrawn, or if the page received no
    /// other pushes meanwhile (a silent page would prove nothing).
    /// </summary>
    Task ObservePlotStaysStillAsync(string source, string output, TimeSpan window, CancellationToken ct);

    /// <summary>Waits for the workflow's verdict to be a rejection; returns its text.</summary>
    Task<string> WaitForRejectionAsync(CancellationToken ct);

    /// <summary>Waits until the workflow shows as not running and the services acknowledged the stop.</summary>
    Task WaitForStoppedAsync(CancellationToken ct);

    /// <summary>Drags a rectangle over the middle of the source's image of this output.</summary>
    Task DrawRectangleAsync(string source, string output, CancellationToken ct);

    /// <summary>Attaches a picture of the screen to the scenario's report.</summary>
    Task AttachScreenshotAsync(string name, CancellationToken ct);
}

/// <summary>What a plot shows: how many points (bins, or pixels of an image), their sum, the lines drawn, and how often it was redrawn.</summary>
public sealed record PlotReading(int Bins, double Total, int Lines, int Updates);
