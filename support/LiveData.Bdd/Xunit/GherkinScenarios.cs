using Xunit;

namespace LiveData.Bdd;

/// <summary>
/// Turns the feature files next to the test assembly into one xunit theory row per scenario (one per
/// Examples row for outlines) and runs them. Use from the test assembly:
/// <code>
/// public static IEnumerable&lt;ITheoryDataRow&gt; Cases => GherkinScenarios.All();
/// [Theory, MemberData(nameof(Cases))]
/// public Task Run(string scenario) => GherkinScenarios.RunAsync(scenario);
/// </code>
/// Rows run concurrently when the assembly's xunit configuration has <c>"preEnumerateTheories": true</c> (each row
/// is its own test case) and <c>"parallelMode": "all"</c>; rows of <c>@serial</c> scenarios never run alongside others.
/// </summary>
public static class GherkinScenarios
{
    /// <summary>The tag of scenarios that must run alone (heavy load, or changes to what all scenarios share).</summary>
    public const string SerialTag = "serial";

    /// <summary>Rows for the features in <c>AppContext.BaseDirectory/features</c>.</summary>
    public static IEnumerable<ITheoryDataRow> All() => All(TestAssemblyDefaults.Features);

    /// <summary>
    /// One row per scenario: the data is the scenario id (e.g. bins.feature:12), the display name is
    /// "Feature: Scenario [column=value]", and the traits are Feature, Scenario (the name in the display name,
    /// so one scenario can be run alone) and each Tag (with '@'). <c>@serial</c> rows disable parallelization.
    /// </summary>
    public static IEnumerable<ITheoryDataRow> All(FeatureLibrary features) =>
        features.Scenarios.Select(scenario => new TheoryDataRow<string>(scenario.Id)
        {
            DisableParallelization = scenario.ScenarioInfo.CombinedTags.Contains(SerialTag, StringComparer.Ordinal),
            TestDisplayName = scenario.DisplayName,
            Traits = new Dictionary<string, HashSet<string>>
            {
                ["Feature"] = [scenario.FeatureInfo.Title],
                ["Scenario"] = [scenario.ScenarioInfo.Title],
                ["Tag"] = [.. scenario.ScenarioInfo.CombinedTags.Select(tag => "@" + tag)],
            },
        });

    /// <summary>Runs the scenario with this id in the test run of the <see cref="TestRunHooks"/> assembly fixture and adds it to the run's report.</summary>
    /// <exception cref="ScenarioFailedException">The scenario failed, is pending, or has undefined or ambiguous steps.</exception>
    public static async Task RunAsync(string scenario)
    {
        var hooks = await TestContext.Current.GetFixture<TestRunHooks>().ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                "The test run hooks are not registered. Add [assembly: AssemblyFixture(typeof(LiveData.Bdd.TestRunHooks))] to the test assembly.");
        var result = await hooks.TestRun.RunScenarioAsync(TestAssemblyDefaults.Features.Get(scenario), TestContext.Current.CancellationToken)
            .ConfigureAwait(false);
        hooks.Report.Add(result);
        result.ThrowIfFailed();
    }
}
