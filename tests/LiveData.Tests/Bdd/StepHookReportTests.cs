using System.Text;
using System.Text.Json;
using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class StepHookReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Step_hooks_are_test_steps_around_their_step_and_keep_their_attachments()
    {
        var runner = new ScenarioRunner(BindingRegistry.FromTypes(typeof(Steps), typeof(StepHooks)));
        var report = new CucumberReport(Start);
        var scenario = FeatureLibrary.Parse("features/test.feature", BddHarness.Feature("    Given a step\n    And a step")).Scenarios[0];
        report.Add(await runner.RunAsync(scenario, TestContext.Current.CancellationToken));

        var messages = Write(report);

        var hooks = All(messages, "hook").ToDictionary(h => h.GetProperty("id").GetString()!, h => h.GetProperty("type").GetString());
        var testSteps = All(messages, "testCase").Single().GetProperty("testSteps").EnumerateArray()
            .Select(s => s.TryGetProperty("hookId", out var hookId) ? hooks[hookId.GetString()!] : "step")
            .ToList();
        // The failed AfterStep hook skips the second step, which so gets no step hooks.
        testSteps.Should().Equal("BEFORE_TEST_STEP", "step", "AFTER_TEST_STEP", "step");
        var failedAfterStep = All(messages, "testCase").Single().GetProperty("testSteps")[2].GetProperty("id").GetString();
        All(messages, "attachment").Select(a => a.GetProperty("testStepId").GetString()).Should().Equal(failedAfterStep);
    }

    private static List<JsonElement> All(IEnumerable<string> lines, string type) =>
        [.. lines.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.TryGetProperty(type, out _)).Select(e => e.GetProperty(type))];

    private static string[] Write(CucumberReport report)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text))
        {
            report.WriteTo(writer, Start.AddMinutes(1));
        }

        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [Binding]
    public sealed class Steps
    {
        [Given("a step")]
        public void Step()
        {
        }
    }

    [Binding]
    public sealed class StepHooks(ScenarioAttachments attachments)
    {
        [BeforeStep]
        public void Before()
        {
        }

        /// <summary>Fails with evidence: a failed hook is shown in the report, so its attachment stays with it.</summary>
        [AfterStep]
        public void After()
        {
            attachments.Attach("diagnostics");
            throw new InvalidOperationException("step left the service dirty");
        }
    }
}
