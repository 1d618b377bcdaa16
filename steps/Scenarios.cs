using LiveData.Bdd;

[assembly: AssemblyFixture(typeof(TestRunHooks))]

namespace LiveData.Acceptance.Steps;

/// <summary>Every Gherkin scenario under features/ as one xunit test named "Feature: Scenario".</summary>
public sealed class Scenarios
{
    public static IEnumerable<ITheoryDataRow> Cases => GherkinScenarios.All();

    [Theory]
    [MemberData(nameof(Cases))]
    public Task Run(string scenario) => GherkinScenarios.RunAsync(scenario);
}
