using System.Net;
using System.Net.Http.Headers;
using System.Text;
using LiveData.Dashboard;
using LiveData.Messaging.Broker;
using LiveData.Tests.Messaging;
using LiveData.Web.Hosting;

namespace LiveData.Tests.Web;

/// <summary>The page, its packages, its API and its event stream served over a real dashboard backend, behind basic auth.</summary>
public sealed class WebDashboardHostTests : IAsyncLifetime
{
    private const string Password = "s3cret";
    private EmbeddedBroker? _broker;
    private DashboardBackend? _dashboard;
    private WebDashboardHost? _page;
    private readonly HttpClient _http = new();

    public async ValueTask InitializeAsync()
    {
        _broker = await TestBroker.StartAsync();
        await TopicProvisioner.Create(_broker.Settings(), NullLogger.Instance).EnsureTopicsAsync(InstrumentTopics.For("dummy").All, 1, Ct);
        _dashboard = new DashboardBackend("dummy", _broker.Settings(), NullLoggerFactory.Instance);
        await _dashboard.StartAsync(Ct);
        _page = await WebDashboardHost.StartAsync(_dashboard, new WebDashboardOptions("127.0.0.1", 0, Password), NullLoggerFactory.Instance, Ct);
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        if (_page is not null)
        {
            await _page.DisposeAsync();
        }
        if (_dashboard is not null)
        {
            await _dashboard.DisposeAsync();
        }
        if (_broker is not null)
        {
            await _broker.DisposeAsync();
        }
    }

    private Task<HttpResponseMessage> GetAsync(string path, string? password = Password, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_page!.Url, path));
        if (password is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"anyone:{password}")));
        }
        return _http.SendAsync(request, completion, Ct);
    }

    [Fact]
    public async Task Every_request_needs_the_password()
    {
        (await GetAsync("/", password: null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await GetAsync("/api/workflows", password: "wrong")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await GetAsync("/api/events", password: null)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task Refuses_commands_that_are_not_json_so_other_sites_cannot_send_them(string contentType)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri(_page!.Url, "/api/workflows/monitor_histogram/stop"))
        {
            Content = new StringContent("{}", Encoding.UTF8, contentType),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"anyone:{Password}")));

        (await _http.SendAsync(request, Ct)).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    [Theory]
    [InlineData("/", "<title>LiveData dashboard</title>")]
    [InlineData("/app.js", "EventSource")]
    [InlineData("/lib/uPlot.iife.min.js", "uPlot")]
    public async Task Serves_the_page_and_its_npm_package_from_the_assembly(string path, string content)
    {
        var response = await GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync(Ct)).Should().Contain(content);
    }

    [Fact]
    public async Task Lists_the_instruments_workflows_with_their_default_parameters()
    {
        using var catalogue = JsonDocument.Parse(await (await GetAsync("/api/workflows")).Content.ReadAsStringAsync(Ct));

        var histogram = catalogue.RootElement.GetProperty("workflows").EnumerateArray().Single(w => w.GetProperty("name").GetString() == "monitor_histogram");
        histogram.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).Should().Equal("monitor1", "monitor2");
        histogram.GetProperty("defaults").GetProperty("toa_edges").GetProperty("num_bins").GetInt32().Should().Be(100);
    }

    [Fact]
    public async Task Pushes_the_status_as_a_server_sent_event()
    {
        using var response = await GetAsync("/api/events", completion: HttpCompletionOption.ResponseHeadersRead);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(Ct));

        (await reader.ReadLineAsync(Ct)).Should().Be("event: status");
        (await reader.ReadLineAsync(Ct)).Should().StartWith("data: {\"jobs\":[]");
    }
}
