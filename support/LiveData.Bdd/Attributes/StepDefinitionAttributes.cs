namespace LiveData.Bdd;

/// <summary>
/// Base of the step definition attributes. The expression is a Cucumber expression, or a regular
/// expression when it starts with ^, ends with $, or uses regex-only constructs such as (.*) or \d+ (Reqnroll's rule).
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
public abstract class StepDefinitionBaseAttribute(string expression, StepDefinitionType[] types) : Attribute
{
    public string Expression { get; } = expression;

    internal IReadOnlyList<StepDefinitionType> Types { get; } = types;
}

/// <summary>Binds a method to Given steps (and to And/But steps that follow a Given).</summary>
public sealed class GivenAttribute(string expression)
    : StepDefinitionBaseAttribute(expression, [StepDefinitionType.Given]);

/// <summary>Binds a method to When steps (and to And/But steps that follow a When).</summary>
public sealed class WhenAttribute(string expression)
    : StepDefinitionBaseAttribute(expression, [StepDefinitionType.When]);

/// <summary>Binds a method to Then steps (and to And/But steps that follow a Then).</summary>
public sealed class ThenAttribute(string expression)
    : StepDefinitionBaseAttribute(expression, [StepDefinitionType.Then]);

/// <summary>Binds a method to steps of any keyword.</summary>
public sealed class StepDefinitionAttribute(string expression)
    : StepDefinitionBaseAttribute(expression, [StepDefinitionType.Given, StepDefinitionType.When, StepDefinitionType.Then]);
