using System.Reflection;
using LiveData.Bdd.Features;
using Reqnroll;
using Xunit;

namespace LiveData.Bdd.Xunit;

/// <summary>Runs one scenario on Reqnroll's test runner in the order Reqnroll's generated test code does.</summary>
public static class ScenarioRunner
{
    /// <exception cref="PendingScenarioException">A step is pending or undefined (the message holds Reqnroll's snippets).</exception>
    /// <exception cref="SkipException">The scenario is tagged <c>@ignore</c>.</exception>
    /// <remarks>A failed step or hook rethrows its exception; an ambiguous step throws Reqnroll's ambiguity error naming the candidates.</remarks>
    public static async Task RunAsync(ScenarioCase scenario, Assembly testAssembly, CancellationToken ct)
    {
        var runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly, ReqnrollTestRun.ContainerBuilder, scenario.Feature);
        try
        {
            await EnterFeatureAsync(runner, scenario.Feature).ConfigureAwait(false);
            runner.OnScenarioInitialize(scenario.NewScenarioInfo(), scenario.NewRuleInfo());
            var container = runner.ScenarioContext.ScenarioContainer;
            container.RegisterInstanceAs(new ScenarioCancellation(ct));
            if (TestContext.Current.TestOutputHelper is { } output)
            {
                container.RegisterInstanceAs(output);
            }

            try
            {
                if (scenario.IsIgnored)
                {
                    await runner.SkipScenarioAsync().ConfigureAwait(false);
                }
                else
                {
                    await runner.OnScenarioStartAsync().ConfigureAwait(false);
                    foreach (var step in scenario.Steps)
                    {
                        await RunStepAsync(runner, step).ConfigureAwait(false);
                    }
                }

                await runner.CollectScenarioErrorsAsync().ConfigureAwait(false);
            }
            finally
            {
                await runner.OnScenarioEndAsync().ConfigureAwait(false);
            }
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
    }

    // Runners are pooled per worker: one that last ran another feature ends it first, as the generated code does.
    private static async Task EnterFeatureAsync(ITestRunner runner, FeatureInfo feature)
    {
        if (runner.FeatureContext is { } current && !ReferenceEquals(current.FeatureInfo, feature))
        {
            await runner.OnFeatureEndAsync().ConfigureAwait(false);
        }

        if (runner.FeatureContext is null)
        {
            await runner.OnFeatureStartAsync(feature).ConfigureAwait(false);
        }
    }

    private static Task RunStepAsync(ITestRunner runner, ScenarioStep step)
    {
        var table = step.NewTable();
        return step.KeywordType switch
        {
            Io.Cucumber.Messages.Types.StepKeywordType.CONTEXT => runner.GivenAsync(step.Text, step.DocString, table, step.Keyword),
            Io.Cucumber.Messages.Types.StepKeywordType.ACTION => runner.WhenAsync(step.Text, step.DocString, table, step.Keyword),
            Io.Cucumber.Messages.Types.StepKeywordType.OUTCOME => runner.ThenAsync(step.Text, step.DocString, table, step.Keyword),
            // "And", "But" and "*" continue the previous step's kind.
            _ => runner.AndAsync(step.Text, step.DocString, table, step.Keyword),
        };
    }
}
