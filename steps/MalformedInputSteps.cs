using FluentAssertions;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Bdd;

namespace LiveData.Acceptance.Steps;

[Binding]
public sealed class MalformedInputSteps(WorkflowDriver workflow, RawDataDriver raw)
{
    [When("the scientist starts the {string} workflow for {word} and {word}")]
    public Task WhenTheScientistStartsTheWorkflowForTwo(string name, string first, string second, CancellationToken ct) =>
        workflow.StartAsync(name, [first, second], ct);

    [Then("results arrive for {word}")]
    public Task ThenResultsArriveFor(string source, CancellationToken ct) => workflow.WaitForResultsAsync([source], ct);

    [Then("there are no results for {word}")]
    public void ThenThereAreNoResultsFor(string source) => workflow.SourcesWithResults().Should().NotContain(source);

    [When("these malformed messages are sent to the monitor topic:")]
    public void WhenTheseMalformedMessagesAreSent(Table messages, CancellationToken ct) =>
        raw.SendMalformedToMonitorTopic(messages.Rows.Select(r => r["kind"]), ct);

    [Then("results arrive for {word} from events sent after the malformed messages")]
    public Task ThenResultsArriveFromEventsSentAfter(string source, CancellationToken ct) =>
        workflow.WaitForResultsAsync([source], ct, c => raw.SendMonitorEventsAsync(source, c));
}
