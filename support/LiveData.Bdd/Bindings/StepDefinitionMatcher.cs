namespace LiveData.Bdd;

/// <summary>Finds the step definition for a step, or explains why there is none or more than one.</summary>
internal static class StepDefinitionMatcher
{
    /// <exception cref="MissingStepDefinitionException">No expression matches.</exception>
    /// <exception cref="AmbiguousBindingException">More than one method matches and takes what the step provides.</exception>
    /// <exception cref="BindingException">Expressions match, but no method takes what the step provides.</exception>
    public static StepMatch Match(BindingRegistry registry, ScenarioStep step)
    {
        var candidates = registry.StepDefinitions
            .Where(binding => binding.AnswersTo(step.Type))
            .Select(binding => (Binding: binding, Arguments: binding.Expression.Match(step.Text)))
            .Where(candidate => candidate.Arguments is not null)
            .DistinctBy(candidate => candidate.Binding.Method)
            .ToList();
        if (candidates.Count == 0)
        {
            throw new MissingStepDefinitionException(step.ToString(), StepDefinitionSnippet.For(step));
        }

        var accepting = candidates.Where(candidate => candidate.Binding.Accepts(step)).ToList();
        return accepting.Count switch
        {
            1 => new StepMatch(accepting[0].Binding, accepting[0].Arguments!),
            > 1 => throw new AmbiguousBindingException(step.ToString(), [.. accepting.Select(c => c.Binding.Method)]),
            _ => throw new BindingException(
                $"'{step}' matches {string.Join(", ", candidates.Select(c => BindingMethodName.Of(c.Binding.Method)))}, " +
                $"but {(StepDefinitionBinding.HasArgument(step) ? "the step has a table or doc string the method does not take" : "the method expects a table or doc string the step does not have")}."),
        };
    }
}
