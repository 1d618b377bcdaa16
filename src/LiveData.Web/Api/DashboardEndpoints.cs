using System.Text.Json;
using LiveData.Dashboard;
using LiveData.Protocol.Rois;
using LiveData.Web.Live;
using LiveData.Workflows;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Hosting;

namespace LiveData.Web.Api;

/// <summary>The page's HTTP API: the workflow catalogue, the operator's commands and the live event stream.</summary>
public static class DashboardEndpoints
{
    public static void Map(IEndpointRouteBuilder app, DashboardBackend dashboard, EventStream events)
    {
        app.MapGet("/api/workflows", () => WorkflowCatalog.Read(dashboard));
        // A stream ends when its browser goes or when the app stops: open pages must not hold up a shutdown.
        app.MapGet("/api/events", async (HttpContext context, IHostApplicationLifetime lifetime, CancellationToken ct) =>
        {
            using var either = CancellationTokenSource.CreateLinkedTokenSource(ct, lifetime.ApplicationStopping);
            try
            {
                await events.RunAsync(context, either.Token);
            }
            catch (OperationCanceledException) when (either.IsCancellationRequested)
            {
                // The browser left or the app is stopping: nothing more to send.
            }
        });
        app.MapPost("/api/workflows/{name}/start", (string name, StartRequest request, CancellationToken ct) =>
            Find(dashboard, name) is not { } spec
                ? Unknown(name)
                : request.Sources is not { Count: > 0 }
                    ? Results.BadRequest(new { error = "Choose at least one source" })
                    : Results.Ok(new
                    {
                        jobs = dashboard.Workflows.Start(spec.Id, request.Sources, request.Params, ct).Select(j => j.ToString()),
                    }));
        app.MapPost("/api/workflows/{name}/stop", (string name, CancellationToken ct) =>
            Find(dashboard, name) is not { } spec ? Unknown(name) : Results.Ok(new { stopped = dashboard.Workflows.Stop(spec.Id, ct) }));
        app.MapPost("/api/workflows/{name}/reset", (string name, CancellationToken ct) =>
            Find(dashboard, name) is not { } spec ? Unknown(name) : Results.Ok(new { reset = dashboard.Workflows.Reset(spec.Id, ct) }));
        app.MapPost("/api/workflows/{name}/rois", (string name, RoiRequest request, CancellationToken ct) =>
        {
            if (Find(dashboard, name) is not { } spec)
            {
                return Unknown(name);
            }
            // Rectangles in screen pixel indices (no unit), numbered in the order drawn, replacing the previous set.
            var rois = request.Rectangles
                .Select((r, i) => (i, (Roi)new RectangleRoi(r.XMin, r.XMax, r.YMin, r.YMax)))
                .ToDictionary(p => p.i, p => p.Item2);
            return dashboard.Workflows.PublishRois(spec.Id, request.Source, rois, RoiGeometry.Rectangle, ct)
                ? Results.Ok(new { published = rois.Count })
                : Results.Conflict(new { error = $"{spec.Id.Name} has no running job to draw ROIs on" });
        });
    }

    private static WorkflowSpec? Find(DashboardBackend dashboard, string name) =>
        dashboard.Instrument.Workflows.FirstOrDefault(w => w.Id.Name == name);

    private static IResult Unknown(string name) => Results.NotFound(new { error = $"No workflow '{name}'" });
}

/// <summary>Start (or reconfigure: a start replaces the running jobs) for these sources; no parameters means the defaults.</summary>
public sealed record StartRequest(IReadOnlyList<string>? Sources, JsonElement? Params);

public sealed record RoiRequest(string Source, IReadOnlyList<RectangleBounds> Rectangles);

public sealed record RectangleBounds(double XMin, double XMax, double YMin, double YMax);
