using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ServiceSteps(ServiceGroupDriver services)
{
    [Given("the {word} services are running")]
    public Task GivenTheServicesAreRunning(string group, CancellationToken ct) => services.StartAsync(group, ct);

    [Given("the monitor services are running, with {int} monitor(s)")]
    public Task GivenTheMonitorServicesAreRunningWithMonitors(int monitors, CancellationToken ct) =>
        services.StartAsync(ServiceGroupCatalog.Monitor(MonitorReadout.Events, monitors), ct);

    [Given("the monitor services are running, with monitors sending {word}")]
    public Task GivenTheMonitorServicesAreRunningWith(MonitorReadout readout, CancellationToken ct) =>
        services.StartAsync(ServiceGroupCatalog.Monitor(readout), ct);

    [Given("the monitor_data service is running on its own")]
    public Task GivenTheMonitorDataServiceIsRunningOnItsOwn(CancellationToken ct) => services.StartAsync(ServiceGroupCatalog.MonitorDataOnly(), ct);

    [Given("the detector_data service is running on its own")]
    public Task GivenTheDetectorDataServiceIsRunningOnItsOwn(CancellationToken ct) => services.StartAsync(ServiceGroupCatalog.DetectorDataOnly(), ct);
}
