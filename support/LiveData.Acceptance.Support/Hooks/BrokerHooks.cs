using BoDi;
using LiveData.Acceptance.Support.Broker;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Acceptance.Support.Hooks;

/// <summary>One broker for the whole run: the configured one if it answers, else an embedded one the run owns.</summary>
[Binding]
public sealed class BrokerHooks
{
    [BeforeTestRun]
    public static async Task ConnectOrStartBroker(IObjectContainer testRun, CancellationToken ct)
    {
        var broker = await TestBroker.ConnectOrStartAsync(ct);
        testRun.RegisterInstanceAs(broker);
        TestContext.Current.SendDiagnosticMessage($"Acceptance suite uses the {broker.Describe()}");
    }

    [AfterTestRun]
    public static async Task StopBroker(TestBroker broker) => await broker.DisposeAsync();
}
