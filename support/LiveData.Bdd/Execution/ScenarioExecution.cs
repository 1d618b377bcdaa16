using System.Diagnostics;
using BoDi;
using TestStepResultStatus = Io.Cucumber.Messages.Types.TestStepResultStatus;
using Xunit;

namespace LiveData.Bdd;

/// <summary>One run of one scenario, holding that run's container, context and results.</summary>
internal sealed class ScenarioExecution
{
    private readonly BindingRegistry _registry;
    private readonly ScenarioCase _scenario;
    private readonly CancellationToken _cancellationToken;
    private readonly TrackedObjectContainer _scope;
    private readonly ScenarioContext _context;
    private readonly ScenarioOutput _output;
    private readonly ScenarioAttachments _attachments = new();
    private readonly StepArgumentConverter _converter;
    private readonly List<StepResult> _steps = [];
    private readonly List<HookResult> _hooks = [];

    public ScenarioExecution(
        BindingRegistry registry,
        ScenarioCase scenario,
        IObjectContainer? testRunContainer,
        ITestOutputHelper? testOutput,
        CancellationToken cancellationToken)
    {
        _registry = registry;
        _scenario = scenario;
        _cancellationToken = cancellationToken;
        _scope = new TrackedObjectContainer(testRunContainer);
        _context = new ScenarioContext(scenario.ScenarioInfo, scenario.FeatureInfo, _scope.Container);
        _output = new ScenarioOutput(testOutput);
        _converter = new StepArgumentConverter(registry, _scope.Container);

        var container = _scope.Container;
        container.RegisterInstanceAs(_context);
        container.RegisterInstanceAs(scenario.ScenarioInfo);
        container.RegisterInstanceAs(scenario.FeatureInfo);
        container.RegisterInstanceAs(_output);
        container.RegisterInstanceAs(_attachments);
    }

    public async Task<ScenarioResult> RunAsync()
    {
        var startedAt = DateTimeOffset.UtcNow;
        var started = Stopwatch.GetTimestamp();

        IReadOnlyList<Exception> disposalErrors;
        try
        {
            if (await RunHooksAsync(HookType.BeforeScenario, stopAtFirstFailure: true).ConfigureAwait(false))
            {
                await RunStepsAsync().ConfigureAwait(false);
            }
            else
            {
                SkipSteps();
            }

            await RunHooksAsync(HookType.AfterScenario, stopAtFirstFailure: false).ConfigureAwait(false);
        }
        finally
        {
            _attachments.SetCurrentTestStep(null);
            // Disposal must happen whatever went wrong above, even a fault in the runner itself.
            disposalErrors = await _scope.DisposeCreatedObjectsAsync().ConfigureAwait(false);
        }

        foreach (var error in disposalErrors)
        {
            Fail(ScenarioExecutionStatus.TestError, error);
            _output.WriteLine($"-> disposing a scenario object failed: {error.Message}");
        }

        return new ScenarioResult(
            _scenario, startedAt, Stopwatch.GetElapsedTime(started), _context.ScenarioExecutionStatus, _context.TestError, _steps, _hooks, disposalErrors, _attachments.All);
    }

    /// <returns>Whether all hooks passed.</returns>
    private async Task<bool> RunHooksAsync(HookType hookType, bool stopAtFirstFailure, ScenarioStep? step = null)
    {
        var passed = true;
        foreach (var hook in _registry.HooksOf(hookType).Where(h => h.AppliesTo(_scenario.ScenarioInfo.CombinedTags)))
        {
            BeginTestStep();
            var started = Stopwatch.GetTimestamp();
            Exception? error = null;
            try
            {
                await HookInvoker.InvokeAsync(hook, _scope.Container, _cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                error = e;
            }

            var result = new HookResult(hookType, hook.Method, error is null ? TestStepResultStatus.PASSED : TestStepResultStatus.FAILED, Stopwatch.GetElapsedTime(started), error, step);
            _hooks.Add(result);
            if (error is not null)
            {
                _output.WriteLine($"-> {result} failed: {error.Message}");
                Fail(ScenarioExecutionStatus.TestError, error);
                passed = false;
                if (stopAtFirstFailure)
                {
                    break;
                }
            }
        }

        return passed;
    }

    private async Task RunStepsAsync()
    {
        foreach (var step in _scenario.Steps)
        {
            WriteStep(step);
            var failedBefore = _context.TestError is not null;
            StepMatch? match = null;
            Exception? error = null;
            try
            {
                match = StepDefinitionMatcher.Match(_registry, step);
            }
            catch (Exception e)
            {
                error = e;
            }

            if (match is null || failedBefore)
            {
                // After a failure, steps are still matched so one run reports every undefined step.
                BeginTestStep();
                Record(step, error is null ? TestStepResultStatus.SKIPPED : StatusOf(error), TimeSpan.Zero, error, match);
            }
            else
            {
                await RunStepWithHooksAsync(step, match).ConfigureAwait(false);
            }
        }
    }

    /// <summary>BeforeStep hooks, then the step unless one of them failed (the step then fails with its error), then AfterStep hooks.</summary>
    private async Task RunStepWithHooksAsync(ScenarioStep step, StepMatch match)
    {
        var hooksPassed = await RunHooksAsync(HookType.BeforeStep, stopAtFirstFailure: true, step).ConfigureAwait(false);
        BeginTestStep();
        var started = Stopwatch.GetTimestamp();
        var error = hooksPassed ? null : _context.TestError;
        if (hooksPassed)
        {
            try
            {
                _cancellationToken.ThrowIfCancellationRequested();
                await ExecuteAsync(match, step).ConfigureAwait(false);
            }
            catch (Exception e)
            {
                error = e;
            }
        }

        // Recorded before the AfterStep hooks so results (and attachment indices) follow the order things ran in.
        Record(step, StatusOf(error), Stopwatch.GetElapsedTime(started), error, match);
        await RunHooksAsync(HookType.AfterStep, stopAtFirstFailure: false, step).ConfigureAwait(false);
    }

    /// <summary>Attachments from now on belong to the hook or step about to run: each one that ran is recorded exactly once, in order.</summary>
    private void BeginTestStep() => _attachments.SetCurrentTestStep(_hooks.Count + _steps.Count);

    private void SkipSteps()
    {
        foreach (var step in _scenario.Steps)
        {
            WriteStep(step);
            Record(step, TestStepResultStatus.SKIPPED, TimeSpan.Zero, null, null);
        }
    }

    private async Task ExecuteAsync(StepMatch match, ScenarioStep step)
    {
        var binding = match.Binding;
        var instance = binding.Method.IsStatic ? null : _scope.Container.Resolve(binding.BindingType, null);
        var arguments = new List<object?>();
        for (var i = 0; i < match.Arguments.Count; i++)
        {
            arguments.Add(ConvertArgument(binding, i, () => _converter.Convert(match.Arguments[i], binding.ValueParameters[i].ParameterType)));
        }

        var stepArgument = step.PickleStep.Argument;
        if (stepArgument?.DataTable is { } dataTable)
        {
            arguments.Add(ConvertArgument(binding, arguments.Count, () => _converter.ConvertTable(dataTable.ToTable(), binding.ValueParameters[^1].ParameterType)));
        }
        else if (stepArgument?.DocString is { } docString)
        {
            arguments.Add(ConvertArgument(binding, arguments.Count, () => _converter.Convert(docString.Content, binding.ValueParameters[^1].ParameterType)));
        }

        if (binding.TakesCancellationToken)
        {
            arguments.Add(_cancellationToken);
        }

        await BindingInvoker.InvokeAsync(binding.Method, instance, [.. arguments]).ConfigureAwait(false);
    }

    private static object? ConvertArgument(StepDefinitionBinding binding, int index, Func<object?> convert)
    {
        try
        {
            return convert();
        }
        catch (BindingException e)
        {
            throw new BindingException(
                $"Parameter '{binding.ValueParameters[index].Name}' of {BindingMethodName.Of(binding.Method)}: {e.Message}", e);
        }
    }

    private void Record(ScenarioStep step, TestStepResultStatus status, TimeSpan duration, Exception? error, StepMatch? match)
    {
        _steps.Add(new StepResult(step, status, duration, error));
        var seconds = $"({duration.TotalSeconds:0.000}s)";
        _output.WriteLine(status switch
        {
            TestStepResultStatus.PASSED => $"-> done: {BindingMethodName.Of(match!.Binding.Method)} {seconds}",
            TestStepResultStatus.SKIPPED => "-> skipped because of previous errors",
            TestStepResultStatus.UNDEFINED => "-> undefined: no step definition matches this step",
            TestStepResultStatus.PENDING => $"-> pending: {error!.Message}",
            TestStepResultStatus.AMBIGUOUS => $"-> ambiguous: {error!.Message}",
            _ => $"-> error: {error!.Message} {seconds}",
        });
        if (error is not null)
        {
            Fail(ScenarioStatusOf(status, error), error);
        }
    }

    /// <summary>The first problem decides the scenario's status and its TestError.</summary>
    private void Fail(ScenarioExecutionStatus status, Exception error)
    {
        if (_context.TestError is null)
        {
            _context.TestError = error;
            _context.ScenarioExecutionStatus = status;
        }
    }

    private void WriteStep(ScenarioStep step)
    {
        _output.WriteLine(step.ToString());
        if (step.PickleStep.Argument?.DataTable is { } dataTable)
        {
            _output.WriteLine(dataTable.ToTable().ToString().TrimEnd());
        }
        else if (step.PickleStep.Argument?.DocString is { } docString)
        {
            _output.WriteLine($"\"\"\"{Environment.NewLine}{docString.Content}{Environment.NewLine}\"\"\"");
        }
    }

    private static TestStepResultStatus StatusOf(Exception? error) => error switch
    {
        null => TestStepResultStatus.PASSED,
        MissingStepDefinitionException => TestStepResultStatus.UNDEFINED,
        AmbiguousBindingException => TestStepResultStatus.AMBIGUOUS,
        PendingStepException => TestStepResultStatus.PENDING,
        _ => TestStepResultStatus.FAILED,
    };

    private static ScenarioExecutionStatus ScenarioStatusOf(TestStepResultStatus status, Exception error) => status switch
    {
        TestStepResultStatus.UNDEFINED => ScenarioExecutionStatus.UndefinedStep,
        TestStepResultStatus.PENDING => ScenarioExecutionStatus.StepDefinitionPending,
        TestStepResultStatus.AMBIGUOUS => ScenarioExecutionStatus.BindingError,
        _ when error is BindingException => ScenarioExecutionStatus.BindingError,
        _ => ScenarioExecutionStatus.TestError,
    };
}
