namespace LiveData.Bdd;

/// <summary>The one step definition that matches a step, with the argument texts its expression captured.</summary>
internal sealed record StepMatch(StepDefinitionBinding Binding, IReadOnlyList<string> Arguments);
