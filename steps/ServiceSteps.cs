using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ServiceSteps(ServiceGroupDriver services, ScenarioCancellation test)
{
    [Given("the {word} services are running")]
    public Task GivenTheServicesAreRunning(string group) => services.StartAsync(group, test.Token);

    [Given("the monitor services are running, with {int} monitor(s)")]
    public Task GivenTheMonitorServicesAreRunningWithMonitors(int monitors) =>
        services.StartAsync(ServiceGroupCatalog.Monitor(MonitorReadout.Events, monitors), test.Token);

    [Given("the monitor services are running, with monitors sending {word}")]
    public Task GivenTheMonitorServicesAreRunningWith(MonitorReadout readout) =>
        services.StartAsync(ServiceGroupCatalog.Monitor(readout), test.Token);

    [Given("the monitor_data service is running on its own")]
    public Task GivenTheMonitorDataServiceIsRunningOnItsOwn() => services.StartAsync(ServiceGroupCatalog.MonitorDataOnly(), test.Token);

    [Given("the detector_data service is running on its own")]
    public Task GivenTheDetectorDataServiceIsRunningOnItsOwn() => services.StartAsync(ServiceGroupCatalog.DetectorDataOnly(), test.Token);
}
