using System.Reflection;

namespace LiveData.Bdd;

/// <summary>
/// One step definition: a method, the keywords it answers to and its expression. Its parameters are the
/// expression's arguments, then the step's table or doc string if any, then an optional CancellationToken.
/// </summary>
internal sealed class StepDefinitionBinding
{
    private StepDefinitionBinding(Type bindingType, MethodInfo method, IReadOnlyList<StepDefinitionType> types, StepExpression expression)
    {
        BindingType = bindingType;
        Method = method;
        Types = types;
        Expression = expression;
        var parameters = method.GetParameters();
        TakesCancellationToken = parameters.Length > 0 && parameters[^1].ParameterType == typeof(CancellationToken);
        ValueParameters = TakesCancellationToken ? parameters[..^1] : parameters;
    }

    public Type BindingType { get; }

    public MethodInfo Method { get; }

    public IReadOnlyList<StepDefinitionType> Types { get; }

    public StepExpression Expression { get; }

    public bool TakesCancellationToken { get; }

    /// <summary>The parameters that receive expression arguments and the step argument.</summary>
    public IReadOnlyList<ParameterInfo> ValueParameters { get; }

    public static StepDefinitionBinding Create(
        Type bindingType, MethodInfo method, StepDefinitionBaseAttribute attribute, ParameterTypeRegistry parameterTypes)
    {
        var binding = new StepDefinitionBinding(
            bindingType, method, attribute.Types, StepExpression.Parse(attribute.Expression, parameterTypes));
        var expected = binding.Expression.ParameterCount;
        if (binding.ValueParameters.Count != expected && binding.ValueParameters.Count != expected + 1)
        {
            throw new BindingException(
                $"'{attribute.Expression}' has {expected} parameter(s), so the method " +
                $"must take {expected} (or {expected + 1} with a table or doc string), plus an optional CancellationToken.");
        }

        AsyncMethodRule.Check(method);
        return binding;
    }

    public bool AnswersTo(StepDefinitionType? stepType) => stepType is null || Types.Contains(stepType.Value);

    /// <summary>Whether the method takes exactly what the step provides (with or without a table or doc string).</summary>
    public bool Accepts(ScenarioStep step) =>
        ValueParameters.Count == Expression.ParameterCount + (HasArgument(step) ? 1 : 0);

    public static bool HasArgument(ScenarioStep step) =>
        step.PickleStep.Argument?.DataTable is not null || step.PickleStep.Argument?.DocString is not null;
}
