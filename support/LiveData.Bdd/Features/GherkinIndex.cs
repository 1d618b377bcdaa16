using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd.Features;

/// <summary>The Gherkin nodes a pickle points at by id: its scenario, the rule around it, its steps as written, its Examples row.</summary>
internal sealed class GherkinIndex
{
    private readonly Dictionary<string, (Scenario Scenario, Rule? Rule)> _scenarios = [];
    private readonly Dictionary<string, Step> _steps = [];
    private readonly Dictionary<string, (Examples Examples, TableRow Row)> _exampleRows = [];

    public GherkinIndex(GherkinDocument document)
    {
        foreach (var child in document.Feature.Children)
        {
            Add(child.Background);
            Add(child.Scenario, null);
            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                Add(ruleChild.Background);
                Add(ruleChild.Scenario, child.Rule);
            }
        }
    }

    public (Scenario Scenario, Rule? Rule) Scenario(string id) => _scenarios[id];

    public Step Step(string id) => _steps[id];

    public (Examples Examples, TableRow Row)? ExampleRow(string id) => _exampleRows.TryGetValue(id, out var row) ? row : null;

    private void Add(Background? background)
    {
        foreach (var step in background?.Steps ?? [])
        {
            _steps[step.Id] = step;
        }
    }

    private void Add(Scenario? scenario, Rule? rule)
    {
        if (scenario is null)
        {
            return;
        }

        _scenarios[scenario.Id] = (scenario, rule);
        foreach (var step in scenario.Steps)
        {
            _steps[step.Id] = step;
        }

        foreach (var examples in scenario.Examples)
        {
            foreach (var row in examples.TableBody)
            {
                _exampleRows[row.Id] = (examples, row);
            }
        }
    }
}
