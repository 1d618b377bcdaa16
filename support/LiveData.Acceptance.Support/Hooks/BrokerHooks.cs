using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Processes;
using Reqnroll;
using Reqnroll.BoDi;
using Xunit;

namespace LiveData.Acceptance.Support.Hooks;

/// <summary>
/// One broker for the whole run: the configured one if it answers, else an embedded one the run owns. When the
/// broker is stopped, no LiveData process of the run may be left: any that is still running is killed and the
/// run fails, naming it.
/// </summary>
[Binding]
public sealed class BrokerHooks
{
    [BeforeTestRun]
    public static async Task ConnectOrStartBroker(IObjectContainer testRun)
    {
        var broker = await TestBroker.ConnectOrStartAsync(TestContext.Current.CancellationToken);
        testRun.RegisterInstanceAs(broker);
        testRun.RegisterInstanceAs(new GeneratedFiles(), dispose: true);
        TestContext.Current.SendDiagnosticMessage($"Acceptance suite uses the {broker.Describe()}");
    }

    [AfterTestRun]
    public static async Task StopBrokerAndCheckNothingIsLeft(TestBroker broker)
    {
        await broker.DisposeAsync();
        if (LeftoverProcesses.KillAll() is { Count: > 0 } leftovers)
        {
            throw new InvalidOperationException(
                $"{leftovers.Count} LiveData process(es) outlived the test run and were killed:{Environment.NewLine}{string.Join(Environment.NewLine, leftovers)}");
        }
    }
}
