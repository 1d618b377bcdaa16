using LiveData.Bdd.Xunit;
using Reqnroll;
using Reqnroll.BoDi;

namespace LiveData.Acceptance.Support.Broker;

/// <summary>
/// A scenario tagged <c>@own_broker</c> gets an embedded broker of its own in place of the run's, so it
/// can restart it or inject faults into it; the broker stops after the scenario's services.
/// </summary>
[Binding]
public sealed class OwnBrokerHooks
{
    public const string Tag = "own_broker";

    [BeforeScenario(Tag, Order = 0)]
    public static async Task StartOwnBroker(IObjectContainer scenario, ScenarioCancellation test) =>
        scenario.RegisterInstanceAs(await TestBroker.StartOwnAsync(test.Token));

    // After ScenarioHooks has stopped the dashboard (100) and the services (200).
    [AfterScenario(Tag, Order = 300)]
    public static async Task StopOwnBroker(TestBroker broker) => await broker.DisposeAsync();
}
