using System.Globalization;
using LiveData.Acceptance.Support.Drivers;
using LiveData.Acceptance.Support.Reporting;
using LiveData.Acceptance.Support.Waiting;
using LiveData.Web.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Playwright;

namespace LiveData.Acceptance.Support.Web;

/// <summary>
/// The web dashboard in headless Chromium: the page is served in-process on a free port over the scenario's dashboard
/// backend (its broker and topic namespace), opened on first use, and clicked and read as a scientist would.
/// Browser, Playwright's driver process and the web host are disposed with the scenario.
/// </summary>
public sealed class WebDashboardUi(DashboardDriver dashboard, ScenarioDiagnostics diagnostics, ScenarioAttachments attachments) : IDashboardUi, IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(30);

    /// <summary>Debian's chromium (no browser can be downloaded here); <c>LIVEDATA_CHROMIUM</c> names another.</summary>
    private static readonly string Chromium = Environment.GetEnvironmentVariable("LIVEDATA_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private WebDashboardHost? _host;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private IPage? _page;
    private string? _workflow;

    private string Workflow => _workflow ?? throw new InvalidOperationException("No workflow was started on the page in this scenario");

    public async Task StartAsync(string workflow, string source, IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        var page = await PageAsync(ct);
        _workflow = workflow;
        var card = await OpenCardAsync(page, workflow);
        foreach (var box in await card.Locator("input[name=source]").AllAsync())
        {
            await box.SetCheckedAsync(await box.GetAttributeAsync("value") == source);
        }
        await FillAsync(card, parameters);
        await card.Locator("button.start").ClickAsync();
    }

    public async Task ReconfigureAsync(IReadOnlyDictionary<string, string> parameters, CancellationToken ct)
    {
        var card = await OpenCardAsync(await PageAsync(ct), Workflow);
        await FillAsync(card, parameters);
        await card.Locator("button.start").ClickAsync();
    }

    public async Task StopAsync(CancellationToken ct) =>
        await (await OpenCardAsync(await PageAsync(ct), Workflow)).Locator("button.stop").ClickAsync();

    public async Task<PlotReading> WaitForPlotAsync(string source, string output, string condition, Func<PlotReading, bool> satisfies, CancellationToken ct)
    {
        var plot = Plot(await PageAsync(ct), source, output);
        return await Eventually.UntilAsync($"the page's {output} plot of {source} to show {condition}", async _ =>
        {
            if (await plot.CountAsync() == 0)
            {
                return (null, "no such plot on the page");
            }
            // One read of the whole plot, so that its figures belong to the same drawing.
            var figures = (await plot.EvaluateAsync<string>(
                "p => [p.dataset.bins ?? 0, p.dataset.total ?? 0, p.dataset.lines ?? 0, p.dataset.updates ?? 0].join(' ')")).Split(' ');
            var reading = new PlotReading(
                int.Parse(figures[0], CultureInfo.InvariantCulture),
                double.Parse(figures[1], CultureInfo.InvariantCulture),
                int.Parse(figures[2], CultureInfo.InvariantCulture),
                int.Parse(figures[3], CultureInfo.InvariantCulture));
            return (satisfies(reading) ? reading : null, reading.ToString());
        }, Timeout, diagnostics.DumpAsync, ct);
    }

    public async Task ObservePlotStaysStillAsync(string source, string output, TimeSpan window, CancellationToken ct)
    {
        var page = await PageAsync(ct);
        var plot = Plot(page, source, output);
        var pushes = page.Locator("#connection");
        var updates = await IntAttribute(plot, "data-updates");
        var pushesBefore = await IntAttribute(pushes, "data-status-events");
        var clock = TimeProvider.System;
        var started = clock.GetTimestamp();
        while (clock.GetElapsedTime(started) < window)
        {
            var now = await IntAttribute(plot, "data-updates");
            if (now != updates)
            {
                throw new InvalidOperationException(
                    $"The page redrew the {output} plot of {source} {now - updates} time(s) {clock.GetElapsedTime(started).TotalSeconds:0.0} s into the observation.{Environment.NewLine}{await diagnostics.DumpAsync(ct)}");
            }
            await Task.Delay(Eventually.DefaultPoll, clock, ct);
        }
        var pushesAfter = await IntAttribute(pushes, "data-status-events");
        if (pushesAfter <= pushesBefore)
        {
            throw new InvalidOperationException($"The page received no pushes during the observation ({pushesBefore} → {pushesAfter}), so its still plot proves nothing.");
        }
    }

    public async Task<string> WaitForRejectionAsync(CancellationToken ct)
    {
        var verdict = (await OpenCardAsync(await PageAsync(ct), Workflow)).Locator(".verdict");
        return await Eventually.UntilAsync("the workflow's verdict on the page to be a rejection", async _ =>
        {
            // Text and colour read in one go: the verdict may change between two separate reads.
            var read = await verdict.EvaluateAsync<string>("v => (v.classList.contains('error') ? 'E' : '-') + v.textContent");
            return (read[0] == 'E' ? read[1..] : null, $"verdict: '{read[1..]}'");
        }, Timeout, diagnostics.DumpAsync, ct);
    }

    public async Task WaitForStoppedAsync(CancellationToken ct)
    {
        var card = await OpenCardAsync(await PageAsync(ct), Workflow);
        await Eventually.UntilAsync($"the page to show {Workflow} stopped and the stop acknowledged", async _ =>
        {
            var running = await card.GetAttributeAsync("data-running");
            var verdict = await card.Locator(".verdict").TextContentAsync() ?? "";
            return (running == "false" && verdict.StartsWith("Stop ", StringComparison.Ordinal) && verdict.EndsWith("acknowledged", StringComparison.Ordinal),
                $"running: {running}, verdict: '{verdict}'");
        }, Timeout, diagnostics.DumpAsync, ct);
    }

    public async Task DrawRectangleAsync(string source, string output, CancellationToken ct)
    {
        var page = await PageAsync(ct);
        var image = Plot(page, source, output).Locator("canvas.heat");
        await image.WaitForAsync(new() { Timeout = (float)Timeout.TotalMilliseconds });
        await image.ScrollIntoViewIfNeededAsync();
        var box = await image.BoundingBoxAsync() ?? throw new InvalidOperationException($"The {output} image of {source} is not on screen");
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.25f), box.Y + (box.Height * 0.25f));
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + (box.Width * 0.6f), box.Y + (box.Height * 0.6f), new() { Steps = 5 });
        await page.Mouse.UpAsync();
    }

    public async Task AttachScreenshotAsync(string name, CancellationToken ct)
    {
        if (_page is not null)
        {
            attachments.Attach(await _page.ScreenshotAsync(new() { FullPage = true }), $"{name}.png");
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
        _playwright?.Dispose();
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    private async Task<IPage> PageAsync(CancellationToken ct)
    {
        if (_page is not null)
        {
            return _page;
        }
        if (!File.Exists(Chromium))
        {
            throw new FileNotFoundException($"@web scenarios drive Debian's chromium, and there is none at {Chromium}: apt-get install chromium, or name another in LIVEDATA_CHROMIUM", Chromium);
        }
        var backend = await dashboard.StartedAsync(ct);
        _host = await WebDashboardHost.StartAsync(backend, new WebDashboardOptions(Port: 0), NullLoggerFactory.Instance, ct);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ["--no-sandbox"] });
        _page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        _page.SetDefaultTimeout((float)Timeout.TotalMilliseconds);
        await _page.GotoAsync(_host.Url.ToString());
        await _page.Locator("#connection[data-state='live']").WaitForAsync();
        return _page;
    }

    private ILocator Plot(IPage page, string source, string output) =>
        page.Locator($".plot[data-workflow='{Workflow}'][data-source='{source}'][data-output='{output}']");

    private static async Task<ILocator> OpenCardAsync(IPage page, string workflow)
    {
        var card = page.Locator($".workflow[data-workflow='{workflow}']");
        if (await card.GetAttributeAsync("open") is null)
        {
            await card.Locator(":scope > summary").ClickAsync();
        }
        return card;
    }

    private static async Task FillAsync(ILocator card, IReadOnlyDictionary<string, string> parameters)
    {
        var form = card.Locator("details.params");
        if (parameters.Count > 0 && await form.GetAttributeAsync("open") is null)
        {
            await form.Locator(":scope > summary").ClickAsync();
        }
        foreach (var (name, value) in parameters)
        {
            await card.Locator($"[data-path='{name}']").FillAsync(value);
        }
    }

    private static async Task<int> IntAttribute(ILocator locator, string name) =>
        int.Parse(await locator.GetAttributeAsync(name) ?? "0", CultureInfo.InvariantCulture);
}
