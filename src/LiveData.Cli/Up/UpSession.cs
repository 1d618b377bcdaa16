using LiveData.Cli.Commands;
using LiveData.Cli.Logging;
using LiveData.Core.Identity;
using LiveData.Dashboard;
using LiveData.Dashboard.Composition;
using LiveData.Instruments;
using LiveData.Messaging.Broker;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using LiveData.Services.Backend;
using LiveData.Services.Composition;
using LiveData.Services.Fakes;
using LiveData.Services.Hosting;
using LiveData.Web.Hosting;
using LiveData.Workflows.MonitorHistogram;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace LiveData.Cli.Up;

/// <summary>
/// One <c>livedata up</c> run: starts everything in order, serves the web dashboard (unless <paramref name="web"/> is
/// null) and shows counts, stops everything in reverse. With the web page every backend service of the instrument runs,
/// so the page can start any workflow; without it only the one the workflow needs.
/// </summary>
public sealed class UpSession(UpPlan plan, int port, TimeSpan? duration, string logPath, WebDashboardOptions? web)
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    /// <summary>Where the outputs' plots go when the run ends; none are drawn without it.</summary>
    public DirectoryInfo? PlotDirectory { get; init; }

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var instrument = plan.Instrument;
        // Unusable security settings are refused before anything starts, as every other command does.
        if (BrokerGuard.Resolve(null, Console.Error) is null)
        {
            return BrokerGuard.InvalidSettingsExitCode;
        }
        using var fileLog = new FileLoggerProvider(logPath);
        AnsiConsole.MarkupLineInterpolated($"[grey]Logs: {logPath}[/]");

        var broker = BrokerHost.Build(new EmbeddedBrokerOptions(port), logging => LogTo(logging, fileLog));
        await using var brokerDisposal = broker.Asynchronously();
        if (await BrokerHost.StartAsync(broker, ct) is not { } bootstrap)
        {
            return BrokerHost.StartFailedExitCode;
        }
        // The first host runs the workflow's own service and the dashboard; the others (web page only) the rest.
        IReadOnlyList<UpPlan> plans = web is null ? [plan] : [plan, .. plan.OtherServices()];
        var fakes = new HashSet<string>();
        var hosts = plans.Select((p, i) => BuildServices(bootstrap, p, fileLog, fakes, withDashboard: i == 0)).ToList();
        await using var hostsDisposal = new HostsDisposal(hosts);
        var services = hosts[0];
        var logger = services.Services.GetRequiredService<ILoggerFactory>().CreateLogger("up");
        var topics = InstrumentTopics.For(instrument.Name);
        var provisioner = TopicProvisioner.Create(services.Services.GetRequiredService<KafkaSettings>(), logger);
        await provisioner.EnsureTopicsAsync([topics.Data], EmbeddedBroker.ResultTopicPartitions, ct);
        await provisioner.EnsureTopicsAsync(topics.All, 1, ct);
        AnsiConsole.MarkupLineInterpolated($"Embedded broker at [bold]{bootstrap}[/]");

        var exitCode = 0;
        DashboardBackend? dashboard = null;
        try
        {
            // The dashboard connects as the host starts; it is told to start the workflow once the backend service consumes.
            foreach (var host in hosts)
            {
                await host.StartAsync(ct);
                await host.Services.GetRequiredService<ServiceReadiness>().Ready.WaitAsync(ReadinessTimeout, ct);
            }
            AnsiConsole.MarkupLineInterpolated($"{string.Join(", ", fakes.Order())} and {string.Join(", ", plans.Select(p => p.ServiceName))} are running");
            dashboard = services.Services.GetRequiredService<DashboardBackend>();
            var jobs = dashboard.Workflows.Start(plan.Workflow.Id, plan.Sources, plan.Parameters, ct);
            AnsiConsole.MarkupLineInterpolated($"Started {plan.Workflow.Id} for {string.Join(", ", jobs.Select(j => j.SourceName))}");
            await using var page = web is null ? null : await WebDashboardHost.StartAsync(dashboard, web, services.Services.GetRequiredService<ILoggerFactory>(), ct);
            if (page is not null)
            {
                AnsiConsole.MarkupLineInterpolated($"Web dashboard: [bold link]{page.Url}[/] (Ctrl-C to stop)");
            }
            await ShowCountsAsync(new CountsTable(dashboard, plan.Workflow.Id, takesNotifications: page is null), showTable: page is null, ct);
        }
        catch (IOException e) when (web is not null && e.InnerException is AddressInUseException)
        {
            await Console.Error.WriteLineAsync($"The web dashboard cannot listen on {web}: the port is in use. Choose another with --web-port (0 picks a free one), or --no-web.");
            exitCode = BrokerGuard.InvalidSettingsExitCode;
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl-C: fall through to the orderly shutdown below.
        }
        finally
        {
            if (dashboard is not null && PlotDirectory is not null)
            {
                WritePlots(dashboard);
            }
            foreach (var host in Enumerable.Reverse(hosts))
            {
                await host.StopAsync(CancellationToken.None);
            }
            await broker.StopAsync(CancellationToken.None);
        }
        AnsiConsole.MarkupLine("Stopped.");
        return exitCode;
    }

    // A plot that cannot be written is reported; it must not keep the services from stopping.
    private void WritePlots(DashboardBackend dashboard)
    {
        try
        {
            dashboard.Update();
            var files = ResultPlotFiles.Write(dashboard, plan.Workflow.Id, PlotDirectory!);
            AnsiConsole.MarkupLineInterpolated($"{files.Count} plot(s) in [bold]{PlotDirectory!.FullName}[/]");
            foreach (var file in files)
            {
                AnsiConsole.MarkupLineInterpolated($"  {Path.GetFileName(file)}");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]No plots written to {PlotDirectory!.FullName}: {e.Message}[/]");
        }
    }

    // One host per backend service: each is a singleton of its container, as in its own process.
    private static IHost BuildServices(string bootstrapServers, UpPlan plan, ILoggerProvider log, ISet<string> runningFakes, bool withDashboard)
    {
        // up owns its broker, so its topics need no namespace to stay apart from anyone else's.
        var builder = ServiceHost.CreateBuilder(bootstrapServers, TopicNamespace.None);
        LogTo(builder.Logging, log);
        plan.AddServices(builder.Services, runningFakes);
        if (withDashboard)
        {
            builder.Services.AddDashboard(plan.Instrument.Name);
        }
        return builder.Build();
    }

    private static void LogTo(ILoggingBuilder logging, ILoggerProvider log) =>
        logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddProvider(log);

    // With the web page the terminal only says the page is there; the table is for --no-web and logs.
    private async Task ShowCountsAsync(CountsTable table, bool showTable, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        TimeSpan Elapsed() => TimeProvider.System.GetElapsedTime(started);
        bool Running() => !ct.IsCancellationRequested && (duration is null || Elapsed() < duration);
        if (!showTable && AnsiConsole.Profile.Capabilities.Interactive)
        {
            await Task.Delay(duration ?? Timeout.InfiniteTimeSpan, ct);
            return;
        }
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            while (Running())
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                Console.WriteLine(table.Summary(Elapsed()));
            }
            return;
        }
        await AnsiConsole.Live(table.Render(TimeSpan.Zero)).StartAsync(async context =>
        {
            while (Running())
            {
                await Task.Delay(RefreshInterval, ct);
                context.UpdateTarget(table.Render(Elapsed()));
            }
        });
    }

    private sealed class HostsDisposal(IReadOnlyList<IHost> hosts) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            foreach (var host in hosts.Reverse())
            {
                await host.Asynchronously().DisposeAsync();
            }
        }
    }
}
