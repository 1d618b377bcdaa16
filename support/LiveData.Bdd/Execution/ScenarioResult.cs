namespace LiveData.Bdd;

/// <summary>
/// Everything that happened while running one scenario: each step and hook with status, duration and
/// error, plus disposal failures and attachments. It is the record a Cucumber Messages writer will turn into a report.
/// </summary>
public sealed class ScenarioResult(
    ScenarioCase scenario,
    DateTimeOffset startedAt,
    TimeSpan duration,
    ScenarioExecutionStatus status,
    Exception? testError,
    IReadOnlyList<StepResult> steps,
    IReadOnlyList<HookResult> hooks,
    IReadOnlyList<Exception> disposalErrors,
    IReadOnlyList<ScenarioAttachment> attachments)
{
    public ScenarioCase Scenario { get; } = scenario;

    public DateTimeOffset StartedAt { get; } = startedAt;

    public TimeSpan Duration { get; } = duration;

    public ScenarioExecutionStatus Status { get; } = status;

    /// <summary>The first error: the failing step's or BeforeScenario hook's exception, else an AfterScenario or disposal one.</summary>
    public Exception? TestError { get; } = testError;

    public IReadOnlyList<StepResult> Steps { get; } = steps;

    public IReadOnlyList<HookResult> Hooks { get; } = hooks;

    public IReadOnlyList<Exception> DisposalErrors { get; } = disposalErrors;

    /// <summary>What the scenario attached through <see cref="ScenarioAttachments"/>, in order.</summary>
    public IReadOnlyList<ScenarioAttachment> Attachments { get; } = attachments;

    public bool Succeeded => Status == ScenarioExecutionStatus.OK;

    /// <exception cref="ScenarioFailedException">The scenario did not pass.</exception>
    public void ThrowIfFailed()
    {
        if (!Succeeded)
        {
            throw ScenarioFailedException.From(this);
        }
    }
}
