using CliWrap;

namespace LiveData.Processes;

/// <summary>
/// One LiveData service as a real OS process. Its output is always drained into an <see cref="OutputLog"/>
/// (so a full pipe can never hang it); it is ready when every readiness line has appeared; it stops with
/// SIGTERM and is killed if it has not exited after the grace period. It can be started again after a stop.
/// </summary>
public sealed class ServiceProcess(string name, IReadOnlyList<string> arguments, IReadOnlyCollection<string> readinessLines, IReadOnlyDictionary<string, string?> environment)
    : IAsyncDisposable
{
    /// <summary>Children stop themselves when this process is gone (see the CLI's ParentWatch).</summary>
    public const string ParentPidVariable = "LIVEDATA_PARENT_PID";
    public static readonly TimeSpan DefaultReadinessTimeout = TimeSpan.FromSeconds(60);
    public static readonly TimeSpan DefaultStopGrace = TimeSpan.FromSeconds(10);
    private CommandTask<CommandResult>? _task;
    private CancellationTokenSource? _kill;

    public string Name { get; } = name;
    public OutputLog Output { get; } = new(name);
    public int? ProcessId => _task?.ProcessId;
    public bool IsRunning => _task is { Task.IsCompleted: false };

    /// <summary>Held by SIGSTOP through <see cref="Signal"/> and not continued since: alive, but silent on purpose.</summary>
    public bool IsPaused { get; private set; }
    public int? ExitCode => _task is { Task.IsCompletedSuccessfully: true } t ? t.Task.Result.ExitCode : null;

    /// <summary>Starts the process and waits until it is ready; if it exits or times out first, stops it and throws with its output.</summary>
    public async Task StartAsync(TimeSpan readinessTimeout, CancellationToken ct)
    {
        if (IsRunning)
        {
            throw new InvalidOperationException($"{Name} is already running");
        }
        Output.Clear();
        var ready = Output.Watch(readinessLines);
        IsPaused = false;
        _kill = new CancellationTokenSource();
        _task = Cli.Wrap(LiveDataExecutable.DotnetHost)
            .WithArguments(arguments)
            .WithEnvironmentVariables(e => e
                .Set(environment)
                .Set(ParentPidVariable, System.Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .WithStandardOutputPipe(PipeTarget.ToDelegate(Output.Append))
            .WithStandardErrorPipe(PipeTarget.ToDelegate(Output.Append))
            .WithValidation(CommandResultValidation.None)
            .ExecuteAsync(_kill.Token);
        try
        {
            await WaitUntilReadyAsync(ready, readinessTimeout, ct);
        }
        catch
        {
            await StopAsync(DefaultStopGrace);
            throw;
        }
    }

    /// <summary>SIGTERM, then kill after <paramref name="grace"/>. A no-op if the process is not running.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        if (_task is null || _kill is null)
        {
            return; // never started, or already stopped
        }
        if (IsRunning)
        {
            PosixSignal.Send(_task.ProcessId, PosixSignal.Terminate);
            // A paused (SIGSTOP) process only acts on SIGTERM once it runs again.
            PosixSignal.Send(_task.ProcessId, PosixSignal.Continue);
            IsPaused = false;
            if (await Task.WhenAny(_task.Task, Task.Delay(grace)) != _task.Task)
            {
                await _kill.CancelAsync();
            }
        }
        try
        {
            await _task;
        }
        catch (OperationCanceledException)
        {
            Output.Append($"(killed after {grace.TotalSeconds:0} s without exiting on SIGTERM)");
        }
        _kill.Dispose();
        _kill = null;
    }

    /// <summary>Sends a signal to the running process (e.g. SIGSTOP/SIGCONT/SIGKILL in fault scenarios).</summary>
    public void Signal(int signal)
    {
        PosixSignal.Send(_task?.ProcessId ?? throw new InvalidOperationException($"{Name} was never started"), signal);
        IsPaused = signal switch
        {
            PosixSignal.Stop => true,
            PosixSignal.Continue => false,
            _ => IsPaused,
        };
    }

    public ValueTask DisposeAsync() => new(StopAsync(DefaultStopGrace));

    // Wakes on the readiness line itself (the output reader completes the watch), not on a poll.
    private async Task WaitUntilReadyAsync(Task ready, TimeSpan timeout, CancellationToken ct)
    {
        try
        {
            await Task.WhenAny(ready, _task!.Task).WaitAsync(timeout, ct);
        }
        catch (TimeoutException)
        {
            throw new ServiceStartException(
                $"{Name} was not ready after {timeout.TotalSeconds:0} s; never saw: {string.Join(", ", Output.MissingWatched().Select(l => $"\"{l}\""))}{Environment.NewLine}{Output.Tail()}");
        }
        if (!ready.IsCompleted)
        {
            throw new ServiceStartException($"{Name} exited with code {ExitCode} before it was ready.{Environment.NewLine}{Output.Tail()}");
        }
    }
}
