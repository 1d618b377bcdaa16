using LiveData.Acceptance.Support.Drivers;
using LiveData.Acceptance.Support.Reporting;
using Reqnroll;
using LiveData.Data;

namespace LiveData.Acceptance.Support.Hooks;

/// <summary>
/// Evidence for the living documentation, attached before the dashboard and the services stop: a failed
/// scenario gets the diagnostic dump and each service's output tail; a scenario with results gets a plot
/// of every histogram (1-D cumulative output) and image (2-D output) the dashboard holds for its workflow.
/// </summary>
[Binding]
public sealed class ReportHooks(
    ScenarioContext scenario,
    ScenarioAttachments attachments,
    ScenarioDiagnostics diagnostics,
    DashboardDriver dashboard,
    WorkflowDriver workflow,
    ServiceGroupDriver services)
{
    public const int ServiceOutputLines = 200;

    [AfterScenario(Order = 50)]
    public async Task AttachFailureEvidence()
    {
        if (scenario.TestError is null)
        {
            return;
        }

        // Reqnroll's html report shows a .NET failure as its stack trace alone (the html formatter prefers the exception's
        // stackTrace, which in .NET does not repeat the message): the dump leads with the failure itself. Not the test's
        // token: a cancelled scenario needs its evidence most, and the dump is bounded by its own waits.
        var failure = $"--- failure ---{Environment.NewLine}{scenario.TestError.GetType().Name}: {scenario.TestError.Message}{Environment.NewLine}{Environment.NewLine}";
        attachments.Attach(failure + await diagnostics.DumpAsync(CancellationToken.None), "diagnostics.txt");
        foreach (var service in services.Services)
        {
            attachments.Attach(service.Output.Tail(ServiceOutputLines), $"{service.Name}.log.txt");
        }
    }

    [AfterScenario(Order = 60)]
    public void AttachResultPlots()
    {
        // A scenario that never started or followed a workflow, or closed its dashboard, has nothing to plot.
        if (!dashboard.IsStarted || workflow.Jobs.Count == 0)
        {
            return;
        }

        dashboard.Backend.Update();
        var results = dashboard.Backend.DataService.SnapshotWithStamps()
            .Where(r => r.Key.WorkflowId == workflow.Workflow && IsPlotted(r.Key.OutputName, r.Value.Value))
            .OrderBy(r => r.Key.SourceName, StringComparer.Ordinal)
            .ThenBy(r => r.Key.OutputName, StringComparer.Ordinal);
        foreach (var (key, (result, _)) in results)
        {
            var title = $"{key.SourceName} {key.OutputName}";
            if (ResultPlot.Png(result, title) is { } png)
            {
                attachments.Attach(png, $"{key.SourceName}_{key.OutputName}.png");
            }
        }
    }

    private static bool IsPlotted(string output, DataArray result) =>
        result.Sizes.Count == 2 || (result.Sizes.Count == 1 && output == "cumulative");
}
