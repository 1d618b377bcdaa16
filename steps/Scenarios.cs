[assembly: AssemblyFixture(typeof(ReqnrollTestRun))]

namespace LiveData.Acceptance.Steps;

/// <summary>
/// Every Gherkin scenario under features/ as one xunit test named "Feature: Scenario", run on Reqnroll. xunit.runner.json
/// makes each row its own test case and runs four at a time (a scenario mostly waits: two at a time kept the two cores a third busy); every scenario has its own topic namespace,
/// so concurrent scenarios share the broker without cross-talk. <c>@serial</c> scenarios run alone.
/// One at a time instead: <c>dotnet test --project steps/LiveData.Acceptance.csproj -- --parallel none</c>.
/// </summary>
public sealed class Scenarios
{
    /// <summary>Each row also carries an Instrument trait, so <c>--filter-trait "Instrument=loki"</c> picks tagged scenarios and outline rows alike.</summary>
    public static IEnumerable<ITheoryDataRow> Cases => GherkinScenarios.All(scenario =>
        [new("Instrument", ScenarioInstrument.NameOf(
            scenario.Arguments.FirstOrDefault(a => a.Name == ScenarioInstrument.Column).Value, scenario.Tags))]);

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string scenario) => GherkinScenarios.RunAsync(scenario);
}
