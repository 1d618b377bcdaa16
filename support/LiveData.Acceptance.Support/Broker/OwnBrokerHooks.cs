using LiveData.Bdd.Xunit;
using Reqnroll;
using Reqnroll.BoDi;

namespace LiveData.Acceptance.Support.Broker;

/// <summary>
/// A scenario tagged <c>@own_broker</c> gets an embedded broker of its own in place of the run's, so it
/// can restart it or inject faults into it, or so the data it floods a broker with goes when it ends (the
/// run's broker keeps every topic until the run ends); the broker stops after the scenario's services.
/// </summary>
[Binding]
public sealed class OwnBrokerHooks
{
    public const string Tag = "own_broker";

    // Registered first, so disposed last: after the scenario's services and dashboard have stopped.
    [BeforeScenario(Tag, Order = 0)]
    public static async Task StartOwnBroker(IObjectContainer scenario, ScenarioDisposables disposables, ScenarioCancellation test)
    {
        var broker = await TestBroker.StartOwnAsync(test.Token);
        scenario.RegisterInstanceAs(broker);
        disposables.Add(broker);
    }
}
