using System.Text;
using System.Text.Json;
using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class CucumberReportTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Envelopes_come_in_the_order_the_html_formatter_reads_them()
    {
        var lines = await ReportOfAsync(
            """
            Feature: Ordering
              Scenario: First
                Given a passing step

              Scenario: Second
                Given a passing step
            """);

        lines.Select(TypeOf).Should().Equal(
            "meta", "source", "gherkinDocument", "pickle", "pickle", "hook", "hook", "hook", "testRunStarted",
            "testCase", "testCaseStarted", "testStepStarted", "testStepFinished", "testStepStarted", "testStepFinished", "testStepStarted", "testStepFinished", "testCaseFinished",
            "testCase", "testCaseStarted", "testStepStarted", "testStepFinished", "testStepStarted", "testStepFinished", "testStepStarted", "testStepFinished", "testCaseFinished",
            "testRunFinished");
    }

    [Fact]
    public async Task Every_line_is_camelCase_json_with_the_protocol_spelling_of_enums()
    {
        var lines = await ReportOfAsync("Feature: Json\n  Scenario: One\n    Given a passing step\n");

        lines.Should().AllSatisfy(line => line.Should().NotContain("\n"));
        var source = Single(lines, "source");
        source.GetProperty("mediaType").GetString().Should().Be("text/x.cucumber.gherkin+plain");
        source.GetProperty("uri").GetString().Should().Be("features/test.feature");
        Single(lines, "meta").GetProperty("protocolVersion").GetString().Should().Be("35.0.0");
        Single(lines, "hook", h => h.GetProperty("type").GetString() == "BEFORE_TEST_CASE").GetProperty("name").GetString()
            .Should().Be("ReportHooks.Before()");
        var finished = All(lines, "testStepFinished").Select(f => f.GetProperty("testStepResult")).ToList();
        finished.Should().OnlyContain(r => r.GetProperty("status").GetString() == "PASSED");
        finished[0].GetProperty("duration").TryGetProperty("nanos", out _).Should().BeTrue();
        Single(lines, "testRunFinished").GetProperty("success").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Step_statuses_are_cucumber_statuses_and_failures_carry_their_message()
    {
        var lines = await ReportOfAsync(
            """
            Feature: Statuses
              Scenario: Failing
                Given a failing step
                And a passing step

              Scenario: Pending
                Given a pending step

              Scenario: Undefined
                Given a step nobody wrote

              Scenario: Ambiguous
                Given an ambiguous step
            """);

        var statuses = All(lines, "testStepFinished").Select(f => f.GetProperty("testStepResult")).ToList();
        statuses.Select(r => r.GetProperty("status").GetString()).Should().Equal(
            "PASSED", "FAILED", "SKIPPED", "PASSED",
            "PASSED", "PENDING", "PASSED",
            "PASSED", "UNDEFINED", "PASSED",
            "PASSED", "AMBIGUOUS", "PASSED");
        statuses[1].GetProperty("message").GetString().Should().Contain("boom");
        var undefinedStep = All(lines, "pickle").Single(p => p.GetProperty("name").GetString() == "Undefined").GetProperty("steps")[0].GetProperty("id").GetString();
        var suggestion = Single(lines, "suggestion");
        suggestion.GetProperty("pickleStepId").GetString().Should().Be(undefinedStep);
        suggestion.GetProperty("snippets")[0].GetProperty("code").GetString().Should().Contain("[Given(\"a step nobody wrote\")]");
        statuses[1].GetProperty("exception").GetProperty("type").GetString().Should().Be(typeof(InvalidOperationException).FullName);
        Single(lines, "testRunFinished").GetProperty("success").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task Attachments_belong_to_the_step_that_made_them_and_bytes_are_base64()
    {
        var lines = await ReportOfAsync("Feature: Attachments\n  Scenario: Attaching\n    Given a passing step\n    And a step that attaches\n");

        var attachments = All(lines, "attachment").ToList();
        attachments.Should().HaveCount(2);
        attachments[0].GetProperty("contentEncoding").GetString().Should().Be("BASE64");
        attachments[0].GetProperty("mediaType").GetString().Should().Be("image/png");
        attachments[0].GetProperty("fileName").GetString().Should().Be("plot.png");
        Convert.FromBase64String(attachments[0].GetProperty("body").GetString()!).Should().Equal(ReportSteps.Png);
        attachments[1].GetProperty("contentEncoding").GetString().Should().Be("IDENTITY");
        attachments[1].GetProperty("body").GetString().Should().Be("service output");
        attachments[1].GetProperty("mediaType").GetString().Should().Be("text/plain");
        attachments[1].TryGetProperty("fileName", out _).Should().BeFalse();

        var attachingStep = Single(lines, "pickle").GetProperty("steps")[1].GetProperty("id").GetString();
        var testStep = Single(lines, "testCase").GetProperty("testSteps").EnumerateArray()
            .Single(s => s.TryGetProperty("pickleStepId", out var id) && id.GetString() == attachingStep).GetProperty("id").GetString();
        attachments.Should().OnlyContain(a => a.GetProperty("testStepId").GetString() == testStep);
        var types = lines.Select(TypeOf).ToList();
        var first = types.IndexOf("attachment");
        var last = types.LastIndexOf("attachment");
        (types[first - 1], StepIdOf(lines[first - 1], "testStepStarted")).Should().Be(("testStepStarted", testStep));
        (types[last + 1], StepIdOf(lines[last + 1], "testStepFinished")).Should().Be(("testStepFinished", testStep));
    }

    [Fact]
    public async Task What_a_passed_hook_attaches_is_shown_with_the_nearest_step_that_ran()
    {
        var lines = await ReportOfAsync(
            """
            @evidence
            Feature: Hook attachments
              Scenario: Failing
                Given a passing step
                And a failing step
                And a passing step
            """);

        var failingStep = Single(lines, "pickle").GetProperty("steps")[1].GetProperty("id").GetString();
        var testStep = Single(lines, "testCase").GetProperty("testSteps").EnumerateArray()
            .Single(s => s.TryGetProperty("pickleStepId", out var id) && id.GetString() == failingStep).GetProperty("id").GetString();
        Single(lines, "attachment").GetProperty("body").GetString().Should().Be("diagnostics");
        Single(lines, "attachment").GetProperty("testStepId").GetString().Should().Be(testStep);
    }

    [Fact]
    public async Task Only_the_scenarios_that_ran_are_reported()
    {
        var scenarios = FeatureLibrary.Parse("features/test.feature", "Feature: Filter\n  Scenario: Ran\n    Given a passing step\n  Scenario: Filtered out\n    Given a passing step\n").Scenarios;
        var report = new CucumberReport(Start);
        report.Add(await new ScenarioRunner(Bindings()).RunAsync(scenarios[0], TestContext.Current.CancellationToken));

        var lines = Write(report);

        All(lines, "pickle").Select(p => p.GetProperty("name").GetString()).Should().Equal("Ran");
        All(lines, "testCase").Should().ContainSingle();
    }

    private static async Task<IReadOnlyList<string>> ReportOfAsync(string gherkin)
    {
        var report = new CucumberReport(Start);
        var runner = new ScenarioRunner(Bindings());
        foreach (var scenario in FeatureLibrary.Parse("features/test.feature", gherkin).Scenarios)
        {
            report.Add(await runner.RunAsync(scenario, TestContext.Current.CancellationToken));
        }

        return Write(report);
    }

    private static BindingRegistry Bindings() => BindingRegistry.FromTypes(typeof(ReportSteps), typeof(ReportHooks), typeof(EvidenceHooks));

    private static IReadOnlyList<string> Write(CucumberReport report)
    {
        var text = new StringBuilder();
        using (var writer = new StringWriter(text))
        {
            report.WriteTo(writer, Start.AddMinutes(1));
        }

        return text.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    private static string TypeOf(string line)
    {
        using var json = JsonDocument.Parse(line);
        return json.RootElement.EnumerateObject().Single().Name;
    }

    private static string? StepIdOf(string line, string type) =>
        JsonDocument.Parse(line).RootElement.TryGetProperty(type, out var message) ? message.GetProperty("testStepId").GetString() : null;

    private static IEnumerable<JsonElement> All(IEnumerable<string> lines, string type) =>
        lines.Select(l => JsonDocument.Parse(l).RootElement).Where(e => e.TryGetProperty(type, out _)).Select(e => e.GetProperty(type));

    private static JsonElement Single(IEnumerable<string> lines, string type, Func<JsonElement, bool>? where = null) =>
        All(lines, type).Single(e => where?.Invoke(e) ?? true);

    [Binding]
    public sealed class ReportSteps(ScenarioAttachments attachments)
    {
        public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

        [Given("a passing step")]
        public void Passing()
        {
        }

        [Given("a failing step")]
        public void Failing() => throw new InvalidOperationException("boom");

        [Given("a pending step")]
        public void Pending() => throw new PendingStepException();

        [Given("an ambiguous step")]
        public void Ambiguous1()
        {
        }

        [Given("an ambiguous step")]
        public void Ambiguous2()
        {
        }

        [Given("a step that attaches")]
        public void Attaching()
        {
            attachments.Attach(Png, "image/png", "plot.png");
            attachments.Attach("service output");
        }
    }

    [Binding]
    public sealed class ReportHooks
    {
        [BeforeScenario]
        public void Before()
        {
        }

        [AfterScenario]
        public void After()
        {
        }
    }

    [Binding]
    public sealed class EvidenceHooks(ScenarioAttachments attachments)
    {
        [AfterScenario("evidence")]
        public void AttachEvidence() => attachments.Attach("diagnostics");
    }
}
