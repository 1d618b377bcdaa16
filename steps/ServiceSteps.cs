using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>The LiveData services as processes an operator runs: started, stopped, paused, killed, restarted.</summary>
[Binding]
public sealed class ServiceSteps(ServiceGroupDriver services, ScaleOutDriver scaleOut, ScenarioCancellation test)
{
    [Given("the {word} services are running")]
    public Task GivenTheServicesAreRunning(string group) => services.StartAsync(group, test.Token);

    [Given("the monitor services are running, with {int} monitor(s)")]
    public Task GivenTheMonitorServicesAreRunningWithMonitors(int monitors) =>
        services.StartAsync(ServiceGroupCatalog.Monitor(MonitorReadout.Events, monitors), test.Token);

    [Given("the monitor services are running, with monitors sending {word}")]
    public Task GivenTheMonitorServicesAreRunningWith(MonitorReadout readout) =>
        services.StartMonitorsAsync(readout, test.Token);

    [Given("the detector services are running, with area detectors sending images too")]
    public Task GivenTheDetectorServicesAreRunningWithAreaDetectors() => services.StartEveryDetectorAsync(test.Token);

    [Given("the timeseries service is running, reading production topics and PV names")]
    public Task GivenTheTimeseriesServiceReadsProductionNames() =>
        services.StartReadingProductionTopicsAsync(ServiceGroupCatalog.ProductionTimeseries(), test.Token);

    [Given("the monitor_data service is running on its own")]
    public Task GivenTheMonitorDataServiceIsRunningOnItsOwn() => services.StartAsync(ServiceGroupCatalog.MonitorDataOnly(), test.Token);

    [Given("the detector_data service is running on its own")]
    public Task GivenTheDetectorDataServiceIsRunningOnItsOwn() => services.StartAsync(ServiceGroupCatalog.DetectorDataOnly(), test.Token);

    [Given("the data_reduction service is running on its own")]
    public Task GivenTheDataReductionServiceIsRunningOnItsOwn() => services.StartAsync(ServiceGroupCatalog.DataReductionOnly(), test.Token);

    [Given("fake detectors and detector_data workers hosting {string} and {string} are running")]
    public Task GivenDetectorWorkersHostingAreRunning(string first, string second) =>
        scaleOut.StartWorkersAsync([first, second], test.Token);

    [Given("the {word} service is stopped")]
    public Task GivenTheServiceIsStopped(string service) => services.StopAsync(service);

    [When("the {word} service starts again")]
    public Task WhenTheServiceStartsAgain(string service) => services.StartAgainAsync(service, test.Token);

    [When("the {word} service is paused")]
    public void WhenTheServiceIsPaused(string service) => services.Pause(service);

    [When("the {word} service continues")]
    public void WhenTheServiceContinues(string service) => services.Continue(service);

    [When("the {word} service is killed")]
    public void WhenTheServiceIsKilled(string service) => services.Kill(service);

    [When("the {word} service is restarted after the crash")]
    public Task WhenTheServiceIsRestartedAfterTheCrash(string service) => services.RestartAfterCrashAsync(service, test.Token);

    [When("the {word} service is shut down")]
    public async Task WhenTheServiceIsShutDown(string service) =>
        (await services.StopAsync(service)).Should().Be(0, "SIGTERM is a graceful shutdown");

    [Then("the {word} service is still running")]
    public void ThenTheServiceIsStillRunning(string service) => services.IsRunning(service).Should().BeTrue();
}
