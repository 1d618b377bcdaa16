using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Acceptance.Support.Reporting;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class LoadSteps(LoadDriver load, ConservationDriver conservation, ScenarioAttachments attachments, ScenarioCancellation test)
{
    [When("{word} sends {float} times its nominal events per pulse for the load duration, counting those inside {float} to {float} ms")]
    public async Task WhenTheMonitorSendsUnderLoad(string source, double multiplier, double fromMs, double toMs)
    {
        await load.SendAsync(source, multiplier, fromMs, toMs, test.Token);
        // The samples go into the living documentation as the evidence behind the memory and lag claims.
        attachments.Attach($"Sent {load.Sent} events ({load.SentInside} inside the range) in {LoadDriver.Duration.TotalSeconds:0} s{Environment.NewLine}{load.Describe()}", "load-samples.txt");
    }

    [Then("the cumulative total for {word} equals the events counted under load")]
    public Task ThenTheCumulativeTotalEqualsTheEventsCounted(string source) =>
        conservation.WaitForTotalAsync(source, load.SentInside, load.Sent, test.Token);

    [Then("the memory of {word} grew by less than {int} % under load")]
    public void ThenTheMemoryGrewByLessThan(string service, int percent) =>
        load.MemoryGrowth(service).Should().BeLessThan(percent / 100.0, load.Describe());

    [Then("the dashboard never trailed the sent events by more than {int} seconds under load")]
    public void ThenTheDashboardNeverTrailedBy(int seconds) =>
        load.LongestLagSeconds().Should().BeLessThan(seconds, load.Describe());
}
