using System.Collections.Concurrent;
using System.Globalization;
using FluentAssertions;
using LiveData.Bdd.Xunit;
using Reqnroll;
using Reqnroll.BoDi;

namespace LiveData.Bdd.Tests.Samples;

/// <summary>What one sample scenario did: injected into steps and hooks alike, so it shows they share the scenario's context.</summary>
public sealed class ScenarioLog
{
    public List<string> Entries { get; } = [];

    public List<string> Hooks { get; } = [];
}

public sealed record Reading(string Source, int Counts);

/// <summary>How every sample scenario ended, as its last after-scenario hook saw it, and the step failures its handler heard of (by title).</summary>
public static class ScenarioEnds
{
    public static ConcurrentDictionary<string, ScenarioExecutionStatus> ByTitle { get; } = new();

    public static ConcurrentDictionary<string, string> StepFailuresByTitle { get; } = new();
}

/// <summary>Hears of a failing step while it runs, noting which step was still current.</summary>
public sealed class RecordingFailureHandler(ScenarioContext scenario) : IStepFailureHandler
{
    public Task OnStepFailedAsync(Exception failure)
    {
        ScenarioEnds.StepFailuresByTitle[scenario.ScenarioInfo.Title] = $"{scenario.StepContext.StepInfo.Text}: {failure.Message}";
        return Task.CompletedTask;
    }
}

[Binding]
public sealed class SampleSteps(ScenarioLog log)
{
    [Given("the log is empty")]
    public void GivenTheLogIsEmpty() => log.Entries.Should().BeEmpty();

    [Given("these readings:")]
    public void GivenTheseReadings(Table readings) =>
        log.Entries.AddRange(readings.CreateSet<Reading>().Select(r => $"{r.Source}={r.Counts}"));

    [When("the note says:")]
    public void WhenTheNoteSays(string note) => log.Entries.Add($"note={note}");

    [When(@"^(\d+) events are counted at (.+)$")]
    public void WhenEventsAreCountedAt(int events, TimeSpan at) =>
        log.Entries.Add($"{events} events at {at.TotalMilliseconds.ToString(CultureInfo.InvariantCulture)} ms");

    [Then("the log reads {string}")]
    public void ThenTheLogReads(string expected) => string.Join(", ", log.Entries).Should().Be(expected);

    [Then("this step fails with {string}")]
    public static void ThenThisStepFails(string message) => throw new InvalidOperationException(message);

    [Given("a step that is still pending")]
    public static void GivenAPendingStep() => throw new PendingStepException();

    [Given("a step two bindings answer")]
    public static void GivenAStepTwoBindingsAnswer()
    {
    }

    [Then("the hooks so far are {string}")]
    public void ThenTheHooksSoFarAre(string expected) => string.Join(", ", log.Hooks).Should().Be(expected);

    [StepArgumentTransformation(@"(\d+(?:\.\d+)?) ms")]
    public static TimeSpan Milliseconds(double ms) => TimeSpan.FromMilliseconds(ms);
}

[Binding]
public sealed class OtherSampleSteps
{
    [Given("a step two bindings answer")]
    public static void GivenTheSameStepAgain()
    {
    }
}

[Binding]
public sealed class SampleHooks(ScenarioLog log, ScenarioContext scenario)
{
    [BeforeScenario("sample", Order = 0)]
    public static void HearOfFailingSteps(IObjectContainer container) =>
        container.RegisterTypeAs<RecordingFailureHandler, IStepFailureHandler>();

    [BeforeScenario("hooked", Order = 10)]
    public void BeforeTagged() => log.Hooks.Add("before 10 (tagged hooked)");

    [BeforeScenario("sample", Order = 20)]
    public void BeforeEverySample() => log.Hooks.Add("before 20");

    [AfterScenario("sample")]
    public void RecordTheEnd() => ScenarioEnds.ByTitle[scenario.ScenarioInfo.Title] = scenario.ScenarioExecutionStatus;
}
