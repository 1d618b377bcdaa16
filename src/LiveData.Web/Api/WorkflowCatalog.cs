using System.Text.Json;
using LiveData.Dashboard;
using LiveData.Workflows;

namespace LiveData.Web.Api;

/// <summary>The instrument's workflows as the page builds its forms from them: sources, outputs, default and current parameters.</summary>
public static class WorkflowCatalog
{
    public static InstrumentView Read(DashboardBackend dashboard) => new(
        dashboard.Instrument.Name,
        [.. dashboard.Instrument.Workflows.Select(w => View(dashboard, w))]);

    private static WorkflowView View(DashboardBackend dashboard, WorkflowSpec spec)
    {
        var current = dashboard.Workflows.Record(spec.Id)?.CurrentJob;
        return new WorkflowView(
            spec.Id.ToString(),
            spec.Id.Name,
            spec.Title,
            spec.ServiceName,
            spec.SourceNames,
            [.. spec.Outputs.Select(o => o.Name)],
            spec.Factory.DefaultParams,
            spec.SupportsReset,
            current is null ? [] : [.. current.Jobs.Keys],
            current?.Jobs.Values.FirstOrDefault());
    }
}

public sealed record InstrumentView(string Instrument, IReadOnlyList<WorkflowView> Workflows);

/// <summary>One workflow; <paramref name="RunningSources"/> and <paramref name="CurrentParams"/> describe the job set the dashboard wants running.</summary>
public sealed record WorkflowView(
    string Id,
    string Name,
    string Title,
    string Service,
    IReadOnlyList<string> Sources,
    IReadOnlyList<string> Outputs,
    JsonElement Defaults,
    bool SupportsReset,
    IReadOnlyList<string> RunningSources,
    JsonElement? CurrentParams);
