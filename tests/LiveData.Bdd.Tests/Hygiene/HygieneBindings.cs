using System.Collections.Concurrent;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Bdd.Xunit;
using LiveData.Processes;
using Reqnroll;

namespace LiveData.Bdd.Tests.Hygiene;

/// <summary>Every service process the hygiene scenarios started, and a signal that a step is blocked: one record for the test run, which the test reads after the scenarios end.</summary>
public static class StartedServices
{
    private static readonly ConcurrentQueue<ServiceProcess> Started = new();

    public static IReadOnlyList<ServiceProcess> All => [.. Started];

    public static TaskCompletionSource Blocked { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public static void Add(IEnumerable<ServiceProcess> services)
    {
        foreach (var service in services)
        {
            Started.Enqueue(service);
        }
    }
}

/// <summary>Steps that start real services and then end their scenario badly, each in a different way.</summary>
[Binding]
public sealed class HygieneSteps(ServiceGroupDriver services, ScenarioCancellation test)
{
    [Given("the monitor services are running for the hygiene check")]
    public async Task StartMonitorServices()
    {
        await services.StartAsync("monitor", test.Token);
        StartedServices.Add(services.Services);
    }

    [When("a step fails")]
    public static void Fail() => throw new InvalidOperationException("This step fails on purpose");

    [When("a wait times out")]
    public Task TimeOut() =>
        Eventually.UntilAsync("a condition that never holds", _ => Task.FromResult((false, "still false")), TimeSpan.FromMilliseconds(300),
            _ => Task.FromResult("no diagnostics"), test.Token, TimeSpan.FromMilliseconds(50));

    [When("a step blocks until the scenario is cancelled")]
    public async Task BlockUntilCancelled()
    {
        StartedServices.Blocked.TrySetResult();
        await Task.Delay(Timeout.InfiniteTimeSpan, test.Token);
    }
}

/// <summary>An after-scenario hook that throws, ordered between stopping the dashboard and stopping the services.</summary>
[Binding]
public sealed class ThrowingHooks
{
    public const string Message = "This hook fails on purpose";

    [AfterScenario("hygiene", Order = 150)]
    public static void Throw() => throw new InvalidOperationException(Message);
}
