using LiveData.Bdd.Xunit;
using Reqnroll;
using Reqnroll.BoDi;

namespace LiveData.Acceptance.Support.Web;

/// <summary>A scenario tagged <c>@web</c> drives the web page in a browser, and its report gets a screenshot of the page as the scenario left it.</summary>
[Binding]
public sealed class WebHooks
{
    public const string Tag = "web";

    [BeforeScenario(Tag)]
    public static void UseTheWebPage(IObjectContainer scenario) => scenario.RegisterTypeAs<WebDashboardUi, IDashboardUi>();

    // Runs before the scenario's drivers are disposed, so the page is still open; a failed scenario shows where it stood.
    [AfterScenario(Tag, Order = 0)]
    public static Task AttachScreenshot(IDashboardUi ui, ScenarioInfo scenario) =>
        ui.AttachScreenshotAsync(string.Concat(scenario.Title.Select(c => char.IsLetterOrDigit(c) ? c : '_')), CancellationToken.None);
}
