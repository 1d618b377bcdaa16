using LiveData.Acceptance.Support.Web;
using LiveData.Workflows.Parameters;
using Reqnroll;

namespace LiveData.Acceptance.Steps;

/// <summary>What the scientist does and sees on the dashboard's screen (the web page, for <c>@web</c> scenarios).</summary>
[Binding]
public sealed class WebDashboardSteps(IDashboardUi ui, ScenarioCancellation test)
{
    private static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>();

    [When("the scientist starts the {string} workflow for {word} on the page")]
    [Given("the scientist has started the {string} workflow for {word} on the page")]
    public Task WhenTheScientistStartsOnThePage(string workflow, string source) => ui.StartAsync(workflow, source, Defaults, test.Token);

    [When("the scientist starts the {string} workflow for {word} on the page with:")]
    public Task WhenTheScientistStartsOnThePageWith(string workflow, string source, IReadOnlyList<WorkflowParameter> parameters) =>
        ui.StartAsync(workflow, source, Form(parameters), test.Token);

    [When("the scientist sets on the page:")]
    public Task WhenTheScientistSetsOnThePage(IReadOnlyList<WorkflowParameter> parameters) => ui.ReconfigureAsync(Form(parameters), test.Token);

    [When("the scientist stops the workflow on the page")]
    public Task WhenTheScientistStopsOnThePage() => ui.StopAsync(test.Token);

    [When("the scientist draws a rectangle on the {string} image of {word}")]
    public Task WhenTheScientistDrawsARectangle(string output, string source) => ui.DrawRectangleAsync(source, output, test.Token);

    [Given("the page plots the {string} result of {word} as a line of {int} bins with counts")]
    [Then("the page plots the {string} result of {word} as a line of {int} bins with counts")]
    public Task ThenThePagePlotsALine(string output, string source, int bins) =>
        ui.WaitForPlotAsync(source, output, $"{bins} bins with counts", p => p.Bins == bins && p.Total > 0, test.Token);

    [Given("the page shows the {string} result of {word} as an image with counts")]
    public Task GivenThePageShowsAnImage(string output, string source) =>
        ui.WaitForPlotAsync(source, output, "an image with counts", p => p.Bins > 1 && p.Total > 0, test.Token);

    [Then("the page plots the {string} result of {word} as {int} ROI spectrum/spectra with counts")]
    public Task ThenThePagePlotsRoiSpectra(string output, string source, int rois) =>
        ui.WaitForPlotAsync(source, output, $"{rois} ROI spectra with counts", p => p.Lines == rois && p.Total > 0, test.Token);

    [Then("the page shows the start rejected because {string}")]
    public async Task ThenThePageShowsTheRejection(string reason) => (await ui.WaitForRejectionAsync(test.Token)).Should().Contain(reason);

    [Then("the page shows the workflow stopped, as the services acknowledged")]
    public Task ThenThePageShowsTheWorkflowStopped() => ui.WaitForStoppedAsync(test.Token);

    [Then("the page's {string} plot of {word} is not redrawn for {int} seconds")]
    public Task ThenThePlotIsNotRedrawn(string output, string source, int seconds) =>
        ui.ObservePlotStaysStillAsync(source, output, TimeSpan.FromSeconds(seconds), test.Token);

    private static Dictionary<string, string> Form(IReadOnlyList<WorkflowParameter> parameters) =>
        parameters.ToDictionary(p => p.Parameter, p => p.Value);
}
