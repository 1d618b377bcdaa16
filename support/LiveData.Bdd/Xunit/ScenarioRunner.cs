using System.Reflection;
using System.Runtime.ExceptionServices;
using LiveData.Bdd.Features;
using Reqnroll;
using Xunit;

namespace LiveData.Bdd.Xunit;

/// <summary>Runs one scenario on Reqnroll's test runner in the order Reqnroll's generated test code does.</summary>
public static class ScenarioRunner
{
    /// <exception cref="PendingScenarioException">A step is pending or undefined (the message holds Reqnroll's snippets).</exception>
    /// <exception cref="SkipException">The scenario is tagged <c>@ignore</c>.</exception>
    /// <remarks>
    /// A failed step or hook rethrows its exception; an ambiguous step throws Reqnroll's ambiguity error naming the candidates;
    /// a scenario with several failures (a step, an after-scenario hook, disposing its objects) throws an <see cref="AggregateException"/> of all.
    /// </remarks>
    public static async Task RunAsync(ScenarioCase scenario, Assembly testAssembly, CancellationToken ct)
    {
        var runner = TestRunnerManager.GetTestRunnerForAssembly(testAssembly, ReqnrollTestRun.ContainerBuilder, scenario.Feature);
        try
        {
            await EnterFeatureAsync(runner, scenario.Feature).ConfigureAwait(false);
            runner.OnScenarioInitialize(scenario.NewScenarioInfo(), scenario.NewRuleInfo());
            var container = runner.ScenarioContext.ScenarioContainer;
            var disposables = new ScenarioDisposables();
            container.ObjectCreated += disposables.Track;
            container.RegisterInstanceAs(disposables);
            container.RegisterInstanceAs(new ScenarioCancellation(ct));
            if (TestContext.Current.TestOutputHelper is { } output)
            {
                container.RegisterInstanceAs(output);
            }

            Exception? outcome = null;
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
            catch (Exception e)
            {
                outcome = e;
            }

            await EndScenarioAsync(runner, disposables, outcome).ConfigureAwait(false);
        }
        finally
        {
            TestRunnerManager.ReleaseTestRunner(runner);
        }
    }

    // After-scenario hooks run whatever happened, then the scenario's objects are disposed; a failure there is reported
    // with the scenario's own, never instead of it.
    private static async Task EndScenarioAsync(ITestRunner runner, ScenarioDisposables disposables, Exception? outcome)
    {
        List<Exception> failures = outcome is null ? [] : [outcome];
        try
        {
            await runner.OnScenarioEndAsync().ConfigureAwait(false);
        }
        catch (Exception hookFailure)
        {
            failures.Add(hookFailure);
        }

        failures.AddRange(await disposables.DisposeAllAsync().ConfigureAwait(false));
        switch (failures.Count)
        {
            case 0:
                return;
            case 1:
                ExceptionDispatchInfo.Throw(failures[0]);
                return;
            default:
                throw new AggregateException(
                    $"The scenario failed {failures.Count} times: {string.Join("; ", failures.Select(f => f.Message))}", failures);
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
