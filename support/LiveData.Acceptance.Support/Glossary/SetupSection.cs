using System.Text;
using LiveData.Acceptance.Support.Broker;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Acceptance.Support.Web;
using LiveData.Bdd.Features;
using LiveData.Bdd.Xunit;
using LiveData.Instruments;

namespace LiveData.Acceptance.Support.Glossary;

/// <summary>What a scenario sets up before its steps: the tags it carries and the service groups it can start.</summary>
internal static class SetupSection
{
    private static readonly Instrument Example = InstrumentCatalog.Get(ScenarioInstrument.Default);

    public static void Write(StringBuilder text)
    {
        text.Heading(2, "Tags")
            .AppendLine("Put tags on the line above `Feature:`, `Scenario:` or `Examples:`; a feature's tags apply to all its scenarios.")
            .AppendLine()
            .Table(["Tag", "What it does"],
            [
                [Markdown.Code($"@{ScenarioInstrument.TagPrefix}NAME"),
                    $"Runs the scenario against instrument NAME ({Markdown.List(InstrumentCatalog.Names.Select(Markdown.Code))}); a scenario's tag wins over its feature's; " +
                    $"without one, `{ScenarioInstrument.Default}`. In a Scenario Outline an Examples column named `{ScenarioInstrument.Column}` sets it per row instead, and wins over tags."],
                [Markdown.Code($"@{GherkinScenarios.SerialTag}"),
                    "Runs the scenario alone, never beside another (scenarios otherwise run four at a time, each in its own topics): for load and timing scenarios another one would disturb."],
                [Markdown.Code($"@{OwnBrokerHooks.Tag}"),
                    "Gives the scenario a broker of its own instead of the shared one, so it may restart it or make it fail, or so the data it floods the broker with is gone when it ends; stopped after the scenario's services."],
                [Markdown.Code($"@{WebHooks.Tag}"),
                    "Drives the web dashboard in headless Chromium instead of calling the dashboard in-process: the steps that say \"on the page\" click and read the page `livedata up` serves; a screenshot of the page is attached to the report."],
                [Markdown.Code($"@{ScenarioCase.IgnoreTag}"),
                    "Skips the scenario (reported as skipped); on a feature, all its scenarios."],
            ]);

        text.Heading(2, "Service groups")
            .AppendLine("A scenario starts the services it needs by group name with the service step (see Steps); the group is ready")
            .AppendLine("when every service in it is, and every service stops when the scenario ends. Fakes publish invented raw data with")
            .AppendLine("DEV names; backend services (`--dev`: reading those names) run the workflows whose Service column names them.")
            .AppendLine($"The monitor group fakes every monitor of the scenario's instrument (shown for {Example.Name}).")
            .AppendLine()
            .Table(["Group", "Starts (in order)"], ServiceGroupCatalog.Names.Select(group => (IReadOnlyList<string>)
            [
                Markdown.Code(group),
                Markdown.List(ServiceGroupCatalog.Get(group, Example).Select(s => Markdown.Code(string.Join(' ', [s.Name, .. s.Arguments])))),
            ]));
    }
}
