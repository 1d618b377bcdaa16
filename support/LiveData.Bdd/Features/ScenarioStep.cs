using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>A pickle step with the keyword and line it was written with, so reports quote the feature file.</summary>
public sealed class ScenarioStep(PickleStep pickleStep, string keyword, int line)
{
    public PickleStep PickleStep { get; } = pickleStep;

    /// <summary>The keyword as written (Given, When, Then, And, But, *).</summary>
    public string Keyword { get; } = keyword;

    public string Text => PickleStep.Text;

    public int Line { get; } = line;

    /// <summary>The step's semantic type; null for a '*' step that follows no other step.</summary>
    public StepDefinitionType? Type => PickleStep.Type switch
    {
        PickleStepType.CONTEXT => StepDefinitionType.Given,
        PickleStepType.ACTION => StepDefinitionType.When,
        PickleStepType.OUTCOME => StepDefinitionType.Then,
        _ => null,
    };

    public override string ToString() => $"{Keyword} {Text}";
}
