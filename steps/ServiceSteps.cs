using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class ServiceSteps(ServiceGroupDriver services)
{
    [Given("the {word} services are running")]
    public Task GivenTheServicesAreRunning(string group, CancellationToken ct) => services.StartAsync(group, ct);
}
