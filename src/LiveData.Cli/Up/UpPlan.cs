using System.Text.Json;
using LiveData.Core.Identity;
using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Services.Backend;
using LiveData.Services.Composition;
using LiveData.Services.Fakes;
using LiveData.Workflows;
using Microsoft.Extensions.DependencyInjection;

namespace LiveData.Cli.Up;

/// <summary>
/// What one <c>livedata up</c> runs: a workflow of the instrument for some of its sources, the backend service that
/// hosts it and the fake that feeds that service (monitors, detector events, area-detector images or logs).
/// </summary>
public sealed record UpPlan(Instrument Instrument, WorkflowSpec Workflow, IReadOnlyList<string> Sources)
{
    public const string DefaultWorkflow = "monitor_histogram";

    /// <summary>The geometry file the backend service reads (null: the default location).</summary>
    public string? GeometryFile { get; init; }

    /// <summary>The wavelength lookup table the backend service reads (null: the default location).</summary>
    public string? LookupTableFile { get; init; }

    /// <summary>The workflow's parameters (null: its defaults).</summary>
    public JsonElement? Parameters { get; init; }

    /// <summary>A recorded run the fake replays, looping, instead of random events.</summary>
    public RecordedRun? Replay { get; init; }

    /// <summary>Whether the fake can replay a recorded run: monitor and detector events can, images and logs cannot.</summary>
    public bool CanReplay => FakeName == ServiceNames.FakeMonitors || (FakeName == ServiceNames.FakeDetectors && !SendsImages);

    public string ServiceName => Workflow.ServiceName;

    public string FakeName => Fake.Name;

    /// <summary>The plan for <paramref name="workflowName"/> on <paramref name="instrumentName"/>; no sources means all the workflow's sources.</summary>
    /// <exception cref="ArgumentException">The instrument has no such workflow, or the workflow no such source; the message lists the known names.</exception>
    public static UpPlan Resolve(string instrumentName, string workflowName, IReadOnlyList<string> sources)
    {
        var instrument = InstrumentCatalog.Get(instrumentName);
        var workflow = instrument.Workflows.FirstOrDefault(w => w.Id.Name == workflowName)
            ?? throw new ArgumentException($"{instrumentName} has no workflow '{workflowName}'. Known: {string.Join(", ", instrument.Workflows.Select(w => w.Id.Name))}");
        var unknown = sources.Except(workflow.SourceNames).ToList();
        if (unknown.Count > 0)
        {
            throw new ArgumentException($"{workflow.Id} has no source {string.Join(", ", unknown)}. Known: {string.Join(", ", workflow.SourceNames)}");
        }
        return new UpPlan(instrument, workflow, sources.Count > 0 ? sources : workflow.SourceNames);
    }

    /// <summary>Whether fake monitors run beside fake detectors, for a workflow that normalises by monitors (e.g. LoKI's I(Q)).</summary>
    public bool FakesMonitorsToo => FakeName == ServiceNames.FakeDetectors && Workflow.AuxSources.Count > 0;

    /// <summary>
    /// The instrument's other backend services, for the web page to start any workflow: each with the first of its
    /// workflows (which picks its fake) and all that workflow's sources.
    /// </summary>
    public IReadOnlyList<UpPlan> OtherServices() =>
        [.. Instrument.Workflows
            .Where(w => w.ServiceName != ServiceName)
            .GroupBy(w => w.ServiceName)
            .Select(g => new UpPlan(Instrument, g.First(), g.First().SourceNames) { GeometryFile = GeometryFile, LookupTableFile = LookupTableFile })];

    /// <param name="runningFakes">Fakes already running elsewhere in the process; this plan adds its own only if it is not among them, and notes it.</param>
    public void AddServices(IServiceCollection services, ISet<string>? runningFakes = null)
    {
        if (runningFakes?.Add(FakeName) ?? true)
        {
            Fake.Add(services);
        }
        if (FakesMonitorsToo && (runningFakes?.Add(ServiceNames.FakeMonitors) ?? true))
        {
            services.AddFakeMonitors(new FakeMonitorOptions(Instrument.Name, FakeMonitorMode.Ev44, Instrument.Monitors.Count, Replay: Replay is { Monitors.Count: > 0 } ? Replay : null));
        }
        services.AddBackendService(new BackendServiceOptions(Instrument.Name, ServiceName, Dev: true, GeometryFile: GeometryFile, LookupTableFile: LookupTableFile));
    }

    // The fake that feeds the workflow's service, named and registered in one place.
    private (string Name, Action<IServiceCollection> Add) Fake => ServiceName switch
    {
        ServiceNames.MonitorData => (ServiceNames.FakeMonitors, s => s.AddFakeMonitors(new FakeMonitorOptions(Instrument.Name, FakeMonitorMode.Ev44, Instrument.Monitors.Count, Replay: Replay))),
        ServiceNames.Timeseries => (ServiceNames.FakeLogdata, s => s.AddFakeLogdata(new FakeLogOptions(Instrument.Name))),
        _ => (ServiceNames.FakeDetectors, s => s.AddFakeDetectors(new FakeDetectorOptions(Instrument.Name, SendsImages ? FakeDetectorMode.Ad00 : FakeDetectorMode.Ev44, Replay: SendsImages ? null : Replay))),
    };

    private bool SendsImages => Sources.All(s => Instrument.AreaDetectors.Any(a => a.Name == s));
}
