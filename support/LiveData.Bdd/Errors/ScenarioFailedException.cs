using System.Text;
using TestStepResultStatus = Io.Cucumber.Messages.Types.TestStepResultStatus;

namespace LiveData.Bdd;

/// <summary>
/// A scenario did not pass. The message names the scenario, each step or hook that went wrong with its
/// file and line, and the errors; the inner exception carries the original stack trace(s).
/// </summary>
public sealed class ScenarioFailedException : Exception
{
    private ScenarioFailedException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    internal static ScenarioFailedException From(ScenarioResult result)
    {
        var scenario = result.Scenario;
        var message = new StringBuilder($"Scenario '{scenario.DisplayName}' ({scenario.Location}) {Describe(result.Status)}.");
        foreach (var step in result.Steps)
        {
            AppendStep(message, step, scenario.FeatureInfo.FilePath);
        }

        foreach (var hook in result.Hooks.Where(h => h.Error is not null))
        {
            message.AppendLine().Append($"{hook} failed:").AppendLine().Append(Indent(Summary(hook.Error!)));
        }

        foreach (var error in result.DisposalErrors)
        {
            message.AppendLine().Append("Disposing a scenario object failed:").AppendLine().Append(Indent(Summary(error)));
        }

        // Undefined, ambiguous and pending steps are fully explained by the message; their stack traces say nothing.
        var errors = result.Steps.Where(s => s.Status == TestStepResultStatus.FAILED).Select(s => s.Error!)
            .Concat(result.Hooks.Select(h => h.Error).OfType<Exception>())
            .Concat(result.DisposalErrors)
            .ToList();
        var inner = errors.Count switch
        {
            0 => null,
            1 => errors[0],
            _ => new AggregateException(errors),
        };
        return new ScenarioFailedException(message.ToString(), inner);
    }

    private static void AppendStep(StringBuilder message, StepResult step, string filePath)
    {
        var where = $"`{step.Step}` at {filePath}:{step.Step.Line}";
        switch (step.Status)
        {
            case TestStepResultStatus.FAILED:
                message.AppendLine().Append($"Step {where} failed:").AppendLine().Append(Indent(Summary(step.Error!)));
                break;
            case TestStepResultStatus.AMBIGUOUS:
                var candidates = ((AmbiguousBindingException)step.Error!).Candidates.Select(BindingMethodName.Of);
                message.AppendLine().Append($"Step {where} matches more than one step definition:").AppendLine().Append(Indent(string.Join(Environment.NewLine, candidates)));
                break;
            case TestStepResultStatus.UNDEFINED:
                var snippet = ((MissingStepDefinitionException)step.Error!).Snippet;
                message.AppendLine().Append($"Step {where} is undefined. Add a binding:").AppendLine().Append(Indent(snippet));
                break;
            case TestStepResultStatus.PENDING:
                message.AppendLine().Append($"Step {where} is pending: {step.Error!.Message}");
                break;
        }
    }

    private static string Describe(ScenarioExecutionStatus status) => status switch
    {
        ScenarioExecutionStatus.StepDefinitionPending => "is pending",
        ScenarioExecutionStatus.UndefinedStep => "has undefined steps",
        ScenarioExecutionStatus.BindingError => "has a binding error",
        _ => "failed",
    };

    private static string Summary(Exception error) => $"{error.GetType().Name}: {error.Message}";

    private static string Indent(string text) => "  " + text.ReplaceLineEndings(Environment.NewLine + "  ");
}
