using BoDi;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

/// <summary>Runs Gherkin text against a chosen set of binding classes, with a <see cref="Recorder"/> they can write to.</summary>
internal static class BddHarness
{
    public static async Task<(ScenarioResult Result, Recorder Recorder)> RunAsync(string gherkin, params Type[] bindings)
    {
        var results = await RunAllAsync(gherkin, bindings);
        return results.Single();
    }

    public static async Task<IReadOnlyList<(ScenarioResult Result, Recorder Recorder)>> RunAllAsync(string gherkin, params Type[] bindings)
    {
        var registry = BindingRegistry.FromTypes(bindings);
        var results = new List<(ScenarioResult, Recorder)>();
        foreach (var scenario in FeatureLibrary.Parse("features/test.feature", gherkin).Scenarios)
        {
            var recorder = new Recorder();
            var testRunContainer = new ObjectContainer();
            testRunContainer.RegisterInstanceAs(recorder);
            var runner = new ScenarioRunner(registry, testRunContainer);
            results.Add((await runner.RunAsync(scenario, TestContext.Current.CancellationToken), recorder));
        }

        return results;
    }

    /// <summary>Wraps a scenario body in a feature so tests show only what matters.</summary>
    public static string Feature(string scenarioBody) =>
        $"""
        Feature: Test feature

          Scenario: Test scenario
        {scenarioBody}
        """;
}
