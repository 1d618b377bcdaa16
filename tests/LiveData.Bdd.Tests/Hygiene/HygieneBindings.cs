using System.Collections.Concurrent;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Bdd;
using LiveData.Processes;

namespace LiveData.Tests.Acceptance;

/// <summary>Every service process the hygiene scenarios started, and a signal that a step is blocked.</summary>
public sealed class StartedServices
{
    private readonly ConcurrentQueue<ServiceProcess> _all = new();

    public IReadOnlyList<ServiceProcess> All => [.. _all];

    public TaskCompletionSource Blocked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Add(IEnumerable<ServiceProcess> services)
    {
        foreach (var service in services)
        {
            _all.Enqueue(service);
        }
    }
}

/// <summary>Steps that start real services and then end their scenario badly, each in a different way.</summary>
[Binding]
public sealed class HygieneSteps(ServiceGroupDriver services, StartedServices started)
{
    [Given("the monitor services are running")]
    public async Task StartMonitorServices(CancellationToken ct)
    {
        await services.StartAsync("monitor", ct);
        started.Add(services.Services);
    }

    [When("a step fails")]
    public static void Fail() => throw new InvalidOperationException("This step fails on purpose");

    [When("a wait times out")]
    public static Task TimeOut(CancellationToken ct) =>
        Eventually.UntilAsync("a condition that never holds", _ => Task.FromResult((false, "still false")), TimeSpan.FromMilliseconds(300),
            _ => Task.FromResult("no diagnostics"), ct, TimeSpan.FromMilliseconds(50));

    [When("a step blocks until the scenario is cancelled")]
    public async Task BlockUntilCancelled(CancellationToken ct)
    {
        started.Blocked.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, ct);
    }
}

/// <summary>An after-scenario hook that throws, ordered between stopping the dashboard and stopping the services.</summary>
[Binding]
public sealed class ThrowingHooks
{
    public const string Message = "This hook fails on purpose";

    [AfterScenario(Order = 150)]
    public static void Throw() => throw new InvalidOperationException(Message);
}
