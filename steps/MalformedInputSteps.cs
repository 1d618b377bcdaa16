using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd.Xunit;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class MalformedInputSteps(WorkflowDriver workflow, RawDataDriver raw, ScenarioCancellation test)
{
    [When("the scientist starts the {string} workflow for {word} and {word}")]
    public Task WhenTheScientistStartsTheWorkflowForTwo(string name, string first, string second) =>
        workflow.StartAsync(name, [first, second], test.Token);

    [Then("results arrive for {word}")]
    public Task ThenResultsArriveFor(string source) => workflow.WaitForResultsAsync([source], test.Token);

    [Then("there are no results for {word}")]
    public void ThenThereAreNoResultsFor(string source) => workflow.SourcesWithResults().Should().NotContain(source);

    [When("these malformed messages are sent to the monitor topic:")]
    public void WhenTheseMalformedMessagesAreSent(Table messages) =>
        raw.SendMalformedToMonitorTopic(messages.Rows.Select(r => r["kind"]), test.Token);

    [Then("results arrive for {word} from events sent after the malformed messages")]
    public Task ThenResultsArriveFromEventsSentAfter(string source) =>
        workflow.WaitForResultsAsync([source], test.Token, c => raw.SendMonitorEventsAsync(source, c));
}
