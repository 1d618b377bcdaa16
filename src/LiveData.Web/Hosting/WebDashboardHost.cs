using LiveData.Dashboard;
using LiveData.Web.Api;
using LiveData.Web.Live;
using LiveData.Web.Plots;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace LiveData.Web.Hosting;

/// <summary>
/// The web dashboard over a running <see cref="DashboardBackend"/>: the page (embedded in this assembly), its API and
/// event stream, served by Kestrel. Start once, dispose once; disposing closes every open page's stream.
/// </summary>
public sealed class WebDashboardHost : IAsyncDisposable
{
    private static readonly TimeSpan NoticePoll = TimeSpan.FromMilliseconds(100);
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _notices;

    private WebDashboardHost(WebApplication app, Uri url, DashboardBackend dashboard, NotificationLog notices, SeriesHistory history)
    {
        (_app, Url) = (app, url);
        _notices = TakeNoticesAsync(dashboard, notices, history);
    }

    /// <summary>The page's address, e.g. <c>http://localhost:5009/</c> (the actual port when 0 was asked for).</summary>
    public Uri Url { get; }

    /// <exception cref="ArgumentException">The options are not safe to serve (see <see cref="WebDashboardOptions.Problem"/>).</exception>
    public static async Task<WebDashboardHost> StartAsync(DashboardBackend dashboard, WebDashboardOptions options, ILoggerFactory loggerFactory, CancellationToken ct)
    {
        if (options.Problem is { } problem)
        {
            throw new ArgumentException(problem, nameof(options));
        }
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggerFactory);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            if (options.Address != WebDashboardOptions.DefaultAddress)
            {
                kestrel.Listen(System.Net.IPAddress.Parse(options.Address), options.Port);
            }
            else if (options.Port == 0)
            {
                // Kestrel cannot pick one free port for "localhost" (two addresses); the loopback address can.
                kestrel.Listen(System.Net.IPAddress.Loopback, 0);
            }
            else
            {
                kestrel.ListenLocalhost(options.Port);
            }
        });
        var app = builder.Build();
        if (options.BasicAuthPassword is { Length: > 0 } password)
        {
            app.Use(new BasicAuthGate(password).InvokeAsync);
        }
        // Commands only as JSON: another web site can make a browser post a form or plain text to localhost without
        // asking, but not JSON, which needs a CORS preflight this app never grants.
        app.Use(async (context, next) =>
        {
            if (HttpMethods.IsPost(context.Request.Method) && !context.Request.HasJsonContentType())
            {
                context.Response.StatusCode = StatusCodes.Status415UnsupportedMediaType;
                return;
            }
            await next(context);
        });
        var files = new EmbeddedFileProvider(typeof(WebDashboardHost).Assembly, "LiveData.Web.wwwroot");
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        var history = new SeriesHistory();
        var notices = new NotificationLog();
        DashboardEndpoints.Map(app, dashboard, new EventStream(dashboard, history, notices, TimeProvider.System));
        try
        {
            await app.StartAsync(ct);
        }
        catch
        {
            // E.g. the port is in use: nothing of this host may outlive the failed start.
            await app.DisposeAsync();
            throw;
        }
        dashboard.Results.Updated += history.Append;
        return new WebDashboardHost(app, AddressOf(app, options), dashboard, notices, history);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _notices;
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
        _stop.Dispose();
    }

    private Task TakeNoticesAsync(DashboardBackend dashboard, NotificationLog notices, SeriesHistory history) => Task.Run(async () =>
    {
        using var timer = new PeriodicTimer(NoticePoll);
        try
        {
            while (await timer.WaitForNextTickAsync(_stop.Token))
            {
                notices.TakeFrom(dashboard.Workflows);
            }
        }
        catch (OperationCanceledException)
        {
            // Disposed: the page is closing.
        }
        finally
        {
            dashboard.Results.Updated -= history.Append;
        }
    });

    private static Uri AddressOf(WebApplication app, WebDashboardOptions options)
    {
        var bound = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .Select(a => new Uri(a)).First();
        var host = options.Address is WebDashboardOptions.DefaultAddress or "127.0.0.1" or "::1" ? "localhost" : options.Address;
        return new UriBuilder(bound) { Host = host }.Uri;
    }
}
