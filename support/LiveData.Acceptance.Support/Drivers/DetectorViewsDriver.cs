using LiveData.Acceptance.Support.Waiting;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Instruments;
using LiveData.Workflows;
using LiveData.Workflows.Unavailable;

namespace LiveData.Acceptance.Support.Drivers;

/// <summary>
/// Every detector view the scenario's instrument offers — each detector_data workflow with a detector image
/// (<c>cumulative</c>) that LiveData can run — started at once for all its detectors through the dashboard, and
/// the images they publish.
/// </summary>
public sealed class DetectorViewsDriver(DashboardDriver dashboard, ScenarioInstrument instrument, ScenarioDiagnostics diagnostics)
{
    // The fakes feed every detector at once, and the views of some instruments publish tens of megabytes a second.
    private static readonly TimeSpan ResultTimeout = 2 * WorkflowDriver.ResultTimeout;
    private readonly List<(WorkflowId View, string Detector)> _started = [];

    // The instrument's detector views: detector_data workflows with an image that LiveData runs, not only declares.
    private static IEnumerable<WorkflowSpec> ViewsOf(Instrument instrument) =>
        instrument.WorkflowsOf(ServiceNames.DetectorData)
            .Where(w => w.Factory is not UnavailableWorkflow && w.Output(TimeOfArrivalOutputs.Cumulative) is not null);

    public async Task StartEveryViewAsync(CancellationToken ct)
    {
        var backend = await dashboard.StartedAsync(ct);
        foreach (var view in ViewsOf(instrument.Instrument))
        {
            backend.Workflows.Start(view.Id, view.SourceNames, null, ct);
            _started.AddRange(view.SourceNames.Select(detector => (view.Id, detector)));
        }
    }

    /// <summary>
    /// Waits until every view started shows a cumulative image with counts, then compares the views and their images
    /// with the rows of <paramref name="listed"/> for <paramref name="instrumentName"/> (the scenario's instrument);
    /// returns what differs (nothing when all match).
    /// </summary>
    public async Task<IReadOnlyList<string>> DifferencesFromAsync(string instrumentName, IReadOnlyList<ListedViewImage> listed, CancellationToken ct)
    {
        if (instrumentName != instrument.Name)
        {
            throw new ArgumentException($"The scenario runs {instrument.Name}, but compares with the views listed for {instrumentName}");
        }
        var images = await WaitForImagesWithCountsAsync(ct);
        var expected = listed.Where(l => l.Instrument == instrumentName).ToDictionary(l => ListedViewImage.NameOf(l.View, l.Detector), l => ImageText.Format(ImageText.Sizes(l.Image)));
        var differences = expected.Keys.Except(images.Keys).Select(view => $"{view}: listed, but {instrument.Name} offers no such view").ToList();
        foreach (var (view, image) in images)
        {
            var shown = ImageText.Format(image.Sizes);
            if (!expected.TryGetValue(view, out var sizes))
            {
                differences.Add($"{view}: shows {shown}, but is not listed");
            }
            else if (shown != sizes || image.Data.Unit != "counts")
            {
                differences.Add($"{view}: listed as {sizes} in counts, shows {shown} in {image.Data.Unit}");
            }
        }
        return differences;
    }

    // Every view of the instrument by name ("panel_xy of detector_panel_0"), once each has counted something.
    private Task<Dictionary<string, DataArray>> WaitForImagesWithCountsAsync(CancellationToken ct) =>
        Eventually.UntilAsync($"an image with counts from each of the {_started.Count} detector views started", _ =>
        {
            dashboard.Backend.Update();
            var images = new Dictionary<string, DataArray>();
            var waiting = new List<string>();
            foreach (var (view, detector) in _started)
            {
                var name = ListedViewImage.NameOf(view.Name, detector);
                if (dashboard.Backend.Results[new DataKey(view, detector, TimeOfArrivalOutputs.Cumulative)] is { } image && image.Data.Sum() > 0)
                {
                    images[name] = image;
                }
                else
                {
                    waiting.Add(name);
                }
            }
            return Task.FromResult((waiting.Count == 0 ? images : null, $"no counts yet from {string.Join(", ", waiting)}"));
        }, ResultTimeout, diagnostics.DumpAsync, ct);
}

/// <summary>One row of a scenario's table of detector views: <c>| instrument | view | detector | image |</c>, the image as <c>"y=128, x=128"</c>.</summary>
public sealed record ListedViewImage(string Instrument, string View, string Detector, string Image)
{
    /// <summary>How the scenario's failures name a view of a detector: "panel_xy of detector_panel_0".</summary>
    public static string NameOf(string view, string detector) => $"{view} of {detector}";
}
