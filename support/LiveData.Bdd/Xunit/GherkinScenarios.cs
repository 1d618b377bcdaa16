using LiveData.Bdd.Features;
using Xunit;

namespace LiveData.Bdd.Xunit;

/// <summary>
/// The feature files beside the test assembly as one xunit theory row per pickle, run on Reqnroll. Use from the test assembly:
/// <code>
/// public static IEnumerable&lt;ITheoryDataRow&gt; Cases => GherkinScenarios.All();
/// [Theory, MemberData(nameof(Cases))]
/// public Task Run(string scenario) => GherkinScenarios.RunAsync(scenario);
/// </code>
/// Rows run in parallel when xunit.runner.json has <c>"preEnumerateTheories": true</c> and <c>"parallelMode": "all"</c>;
/// rows tagged <c>@serial</c> never run beside others.
/// </summary>
public static class GherkinScenarios
{
    public const string SerialTag = "serial";

    public static IEnumerable<ITheoryDataRow> All(Func<ScenarioCase, IEnumerable<KeyValuePair<string, string>>>? traits = null) =>
        All(FeatureFolder.Default, traits);

    /// <summary>
    /// The row's data is the scenario id (e.g. monitors/histograms.feature:12); its display name is "Feature: Scenario
    /// [column=value]"; its traits are Feature, Scenario (the title), each Tag (with '@') and any the suite's
    /// <paramref name="traits"/> derive from the scenario (e.g. its instrument, whether from a tag or an Examples column).
    /// </summary>
    public static IEnumerable<ITheoryDataRow> All(FeatureFolder features, Func<ScenarioCase, IEnumerable<KeyValuePair<string, string>>>? traits = null) =>
        features.Scenarios.Select(scenario => new TheoryDataRow<string>(scenario.Id)
        {
            DisableParallelization = scenario.Tags.Contains(SerialTag, StringComparer.Ordinal),
            TestDisplayName = scenario.DisplayName,
            Traits = Traits(scenario, traits),
        });

    private static Dictionary<string, HashSet<string>> Traits(ScenarioCase scenario, Func<ScenarioCase, IEnumerable<KeyValuePair<string, string>>>? extra)
    {
        var traits = new Dictionary<string, HashSet<string>>
        {
            ["Feature"] = [scenario.Feature.Title],
            ["Scenario"] = [scenario.Title],
            ["Tag"] = [.. scenario.Tags.Select(tag => "@" + tag)],
        };
        foreach (var (name, value) in extra?.Invoke(scenario) ?? [])
        {
            (traits.TryGetValue(name, out var values) ? values : traits[name] = []).Add(value);
        }
        return traits;
    }

    public static async Task RunAsync(string scenario)
    {
        _ = await TestContext.Current.GetFixture<ReqnrollTestRun>().ConfigureAwait(false)
            ?? throw new InvalidOperationException(
                "The Reqnroll test run is not registered: add [assembly: AssemblyFixture(typeof(LiveData.Bdd.Xunit.ReqnrollTestRun))] to the test assembly.");
        await ScenarioRunner.RunAsync(FeatureFolder.Default.Get(scenario), ReqnrollTestRun.TestAssembly, TestContext.Current.CancellationToken)
            .ConfigureAwait(false);
    }
}
