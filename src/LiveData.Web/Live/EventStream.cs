using System.Text.Json;
using LiveData.Core.Data;
using LiveData.Core.Identity;
using LiveData.Dashboard;
using LiveData.Web.Plots;
using Microsoft.AspNetCore.Http;

namespace LiveData.Web.Live;

/// <summary>
/// One browser's server-sent event stream: <c>plot</c> (a result's new value), <c>removed</c> (results gone),
/// <c>status</c> (jobs, workers, pending commands) and <c>notice</c> (a command's verdict). It runs on the request's
/// own task and reads snapshots, so a slow browser delays only its own stream.
/// </summary>
public sealed class EventStream(DashboardBackend dashboard, SeriesHistory history, NotificationLog notices, TimeProvider clock)
{
    /// <summary>How often a stream looks for news; also the fastest any one plot is refreshed.</summary>
    public static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(250);
    private static readonly TimeSpan StatusInterval = TimeSpan.FromSeconds(1);
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull };

    public async Task RunAsync(HttpContext context, CancellationToken ct)
    {
        var response = context.Response;
        response.Headers.ContentType = "text/event-stream";
        response.Headers.CacheControl = "no-cache";
        // Proxies such as nginx would otherwise hold the events back in their buffers.
        response.Headers["X-Accel-Buffering"] = "no";
        var feed = new PlotFeed(clock, Tick);
        long seenNotice = 0;
        long statusSentAt = 0;
        using var timer = new PeriodicTimer(Tick, clock);
        do
        {
            var (updates, removed) = feed.Take(Current());
            foreach (var plot in updates)
            {
                await SendAsync(response, "plot", plot, ct);
            }
            if (removed.Count > 0)
            {
                await SendAsync(response, "removed", removed, ct);
            }
            foreach (var notice in notices.Since(seenNotice))
            {
                await SendAsync(response, "notice", notice, ct);
                seenNotice = notice.Seq;
            }
            if (statusSentAt == 0 || clock.GetElapsedTime(statusSentAt) >= StatusInterval)
            {
                await SendAsync(response, "status", StatusBoard.Read(dashboard, clock.GetUtcNow()), ct);
                statusSentAt = clock.GetTimestamp();
            }
            await response.Body.FlushAsync(ct);
        }
        while (await timer.WaitForNextTickAsync(ct));
    }

    // A result along time is shown with the samples kept before it, not only the latest ones.
    private Dictionary<DataKey, DataArray> Current() =>
        dashboard.Results.Snapshot().Where(e => PlotProjection.IsPlotted(e.Key)).ToDictionary(e => e.Key, e => SeriesHistory.Keeps(e.Value.Value) && history[e.Key] is { } series ? series : e.Value.Value);

    private static async Task SendAsync<T>(HttpResponse response, string name, T body, CancellationToken ct)
    {
        await response.WriteAsync($"event: {name}\ndata: ", ct);
        await JsonSerializer.SerializeAsync(response.Body, body, Json, ct);
        await response.WriteAsync("\n\n", ct);
    }
}
