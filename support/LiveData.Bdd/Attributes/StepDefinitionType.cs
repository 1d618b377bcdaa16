namespace LiveData.Bdd;

/// <summary>The semantic keyword of a step; And/But steps take the type of the step before them.</summary>
public enum StepDefinitionType
{
    Given,
    When,
    Then,
}
