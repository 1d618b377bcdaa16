using Io.Cucumber.Messages.Types;
using CucumberException = Io.Cucumber.Messages.Types.Exception;
using Exception = System.Exception;

namespace LiveData.Bdd;

/// <summary>
/// The messages of one scenario run: testCase, a suggestion (the binding snippet) per undefined step,
/// testCaseStarted, testStepStarted / attachments / testStepFinished for each hook and step in the order
/// they ran (step hooks around their step), and testCaseFinished.
/// </summary>
internal static class TestCaseMessages
{
    public static IEnumerable<Envelope> For(ScenarioResult result, ReportedHooks hooks, ReportIds ids, string testRunStartedId)
    {
        var steps = TestStepsOf(result, hooks, ids);
        var testCase = new TestCase(ids.Next("test-case"), result.Scenario.Pickle.Id, [.. steps.Select(s => s.Step)], testRunStartedId);
        var started = new TestCaseStarted(0, ids.Next("test-case-started"), testCase.Id, null, MessageTime.Timestamp(result.StartedAt));
        yield return Envelope.Create(testCase);
        foreach (var undefined in result.Steps.Where(s => s.Error is MissingStepDefinitionException))
        {
            var snippet = new Snippet("csharp", ((MissingStepDefinitionException)undefined.Error!).Snippet);
            yield return Envelope.Create(new Suggestion(ids.Next("suggestion"), undefined.Step.PickleStep.Id, [snippet]));
        }

        yield return Envelope.Create(started);

        var time = result.StartedAt;
        for (var i = 0; i < steps.Count; i++)
        {
            var (step, status, duration, error) = steps[i];
            yield return Envelope.Create(new TestStepStarted(started.Id, step.Id, MessageTime.Timestamp(time)));
            // Attachments made outside any hook or step (while disposing) go with the last test step.
            foreach (var attachment in result.Attachments.Where(a => (a.TestStepIndex ?? steps.Count - 1) == i))
            {
                yield return Envelope.Create(new Attachment(
                    attachment.Body, attachment.Encoding, attachment.FileName, attachment.MediaType, null, started.Id, steps[ShownWith(steps, i)].Step.Id,
                    null, null, null, MessageTime.Timestamp(attachment.Timestamp)));
            }

            time += duration;
            yield return Envelope.Create(new TestStepFinished(started.Id, step.Id, ResultOf(status, duration, error), MessageTime.Timestamp(time)));
        }

        yield return Envelope.Create(new TestCaseFinished(started.Id, MessageTime.Timestamp(result.StartedAt + result.Duration), false));
    }

    private static List<ReportedStep> TestStepsOf(ScenarioResult result, ReportedHooks hooks, ReportIds ids)
    {
        ReportedStep Hook(HookResult hook) =>
            new(new TestStep(hooks.For(hook).Id, ids.Next("test-step"), null, null, null), hook.Status, hook.Duration, hook.Error);

        var steps = new List<ReportedStep>();
        steps.AddRange(result.Hooks.Where(h => h.HookType == HookType.BeforeScenario).Select(Hook));
        foreach (var s in result.Steps)
        {
            steps.AddRange(result.Hooks.Where(h => h.HookType == HookType.BeforeStep && h.Step == s.Step).Select(Hook));
            steps.Add(new ReportedStep(new TestStep(null, ids.Next("test-step"), s.Step.PickleStep.Id, [], []), s.Status, s.Duration, s.Error));
            steps.AddRange(result.Hooks.Where(h => h.HookType == HookType.AfterStep && h.Step == s.Step).Select(Hook));
        }

        steps.AddRange(result.Hooks.Where(h => h.HookType == HookType.AfterScenario).Select(Hook));
        if (result.DisposalErrors.Count > 0)
        {
            var error = result.DisposalErrors.Count == 1 ? result.DisposalErrors[0] : new AggregateException(result.DisposalErrors);
            steps.Add(new ReportedStep(new TestStep(hooks.Disposal.Id, ids.Next("test-step"), null, null, null), TestStepResultStatus.FAILED, TimeSpan.Zero, error));
        }

        return steps;
    }

    /// <summary>
    /// The test step an attachment of step <paramref name="index"/> is shown with. The HTML report folds
    /// passed hooks away, so what a passed hook attaches (plots, logs) goes with the nearest scenario step
    /// that ran — after a failure, the failing step. A failed hook is shown and keeps its attachments.
    /// </summary>
    private static int ShownWith(List<ReportedStep> steps, int index)
    {
        if (steps[index].Step.HookId is null || steps[index].Status != TestStepResultStatus.PASSED)
        {
            return index;
        }

        var ran = Enumerable.Range(0, steps.Count)
            .Where(i => steps[i].Step.PickleStepId is not null && steps[i].Status != TestStepResultStatus.SKIPPED)
            .ToList();
        return ran.Count == 0 ? index : ran.MinBy(i => Math.Abs(i - index));
    }

    // The HTML report shows an exception's stackTrace alone, so it carries the whole ToString(): type, message, inner exceptions, stack.
    private static TestStepResult ResultOf(TestStepResultStatus status, TimeSpan duration, Exception? error) =>
        new(MessageTime.Duration(duration), error?.ToString(), status, error is null ? null : new CucumberException(error.GetType().FullName, error.Message, error.ToString()));

    private sealed record ReportedStep(TestStep Step, TestStepResultStatus Status, TimeSpan Duration, Exception? Error);
}
