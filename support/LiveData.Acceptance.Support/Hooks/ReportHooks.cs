using LiveData.Acceptance.Support.Drivers;
using LiveData.Acceptance.Support.Reporting;
using LiveData.Bdd.Xunit;
using LiveData.Core.Data;
using LiveData.Plotting;
using Reqnroll;
using Reqnroll.BoDi;

namespace LiveData.Acceptance.Support.Hooks;

/// <summary>
/// Evidence for the living documentation, attached before the dashboard and the services stop: a failed
/// scenario gets its <see cref="FailureEvidence"/> (under the failing step when a step failed); a scenario with results
/// gets a plot of every histogram (1-D cumulative output) and image (2-D output) the dashboard holds for its workflow.
/// </summary>
[Binding]
public sealed class ReportHooks(
    ScenarioContext scenario,
    ScenarioAttachments attachments,
    FailureEvidence evidence,
    DashboardDriver dashboard,
    WorkflowDriver workflow)
{
    [BeforeScenario(Order = -100)]
    public static void HearOfFailingSteps(IObjectContainer container) =>
        container.RegisterFactoryAs<IStepFailureHandler>(c => c.Resolve<FailureEvidence>());

    [AfterScenario(Order = 50)]
    public async Task AttachFailureEvidence()
    {
        if (scenario.TestError is { } failure)
        {
            await evidence.AttachAsync(failure);
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
        var results = dashboard.Backend.Results.Snapshot()
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
