using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>Looks up the Gherkin nodes a pickle points at by id (scenarios, steps, Examples rows).</summary>
internal sealed class GherkinDocumentIndex
{
    private readonly Dictionary<string, Scenario> _scenarios = [];
    private readonly Dictionary<string, Step> _steps = [];
    private readonly Dictionary<string, ExampleRow> _exampleRows = [];

    public GherkinDocumentIndex(GherkinDocument document)
    {
        foreach (var child in document.Feature.Children)
        {
            Add(child.Background);
            Add(child.Scenario);
            foreach (var ruleChild in child.Rule?.Children ?? [])
            {
                Add(ruleChild.Background);
                Add(ruleChild.Scenario);
            }
        }
    }

    public Scenario Scenario(string id) => _scenarios[id];

    public Step Step(string id) => _steps[id];

    public ExampleRow ExampleRow(string id) => _exampleRows[id];

    private void Add(Background? background)
    {
        foreach (var step in background?.Steps ?? [])
        {
            _steps[step.Id] = step;
        }
    }

    private void Add(Scenario? scenario)
    {
        if (scenario is null)
        {
            return;
        }

        _scenarios[scenario.Id] = scenario;
        foreach (var step in scenario.Steps)
        {
            _steps[step.Id] = step;
        }

        foreach (var examples in scenario.Examples)
        {
            foreach (var row in examples.TableBody)
            {
                _exampleRows[row.Id] = new ExampleRow(examples, row);
            }
        }
    }
}

internal sealed record ExampleRow(Examples Examples, Io.Cucumber.Messages.Types.TableRow Row);
