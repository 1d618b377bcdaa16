using LiveData.Cli.Commands;
using LiveData.Cli.Logging;
using LiveData.Core.Identity;
using LiveData.Dashboard;
using LiveData.Instruments;
using LiveData.Messaging.Broker;
using LiveData.Messaging.Configuration;
using LiveData.Messaging.Topics;
using LiveData.Services.Backend;
using LiveData.Services.Fakes;
using LiveData.Services.Hosting;
using LiveData.Workflows.MonitorHistogram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Spectre.Console;

namespace LiveData.Cli.Up;

/// <summary>One <c>livedata up</c> run: starts everything in order, shows counts, stops everything in reverse.</summary>
public sealed class UpSession(string instrumentName, int port, TimeSpan? duration, string logPath)
{
    private static readonly TimeSpan ReadinessTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan RefreshInterval = TimeSpan.FromMilliseconds(500);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var instrument = InstrumentCatalog.Get(instrumentName);
        // Unusable security settings are refused before anything starts, as every other command does.
        if (BrokerGuard.Resolve(null, Environment.GetEnvironmentVariable, Console.Error) is null)
        {
            return BrokerGuard.InvalidSettingsExitCode;
        }
        using var fileLog = new FileLoggerProvider(logPath);
        using var logging = LoggerFactory.Create(b => b.ClearProviders().SetMinimumLevel(LogLevel.Information).AddProvider(fileLog));
        var logger = logging.CreateLogger("up");
        AnsiConsole.MarkupLineInterpolated($"[grey]Logs: {logPath}[/]");

        await using var broker = await StartBrokerAsync(port, logging, ct);
        if (broker is null)
        {
            return 1;
        }
        var settings = KafkaSettings.Resolve(broker.BootstrapServers);
        await TopicProvisioner.Create(settings, logger).EnsureTopicsAsync(InstrumentTopics.For(instrument.Name).All, 1, ct);
        AnsiConsole.MarkupLineInterpolated($"Embedded broker at [bold]{broker.BootstrapServers}[/]");

        using var services = BuildServices(settings, instrument.Name, fileLog);
        await services.StartAsync(ct);
        try
        {
            await services.Services.GetRequiredService<ServiceReadiness>().Ready.WaitAsync(ReadinessTimeout, ct);
            AnsiConsole.MarkupLine("fake_monitors and monitor_data are running");
            await using var dashboard = new DashboardBackend(instrument.Name, settings, logging);
            await dashboard.StartAsync(ct);
            var workflow = instrument.Workflows.First(w => w.ServiceName == MonitorHistogramSpec.ServiceName);
            var jobs = dashboard.Workflows.Start(workflow.Id, workflow.SourceNames, null, ct);
            AnsiConsole.MarkupLineInterpolated($"Started {workflow.Id} for {string.Join(", ", jobs.Select(j => j.SourceName))}");
            await ShowCountsAsync(new CountsTable(dashboard, workflow.Id), ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // Ctrl-C: fall through to the orderly shutdown below.
        }
        finally
        {
            await services.StopAsync(CancellationToken.None);
        }
        AnsiConsole.MarkupLine("Stopped.");
        return 0;
    }

    private static async Task<EmbeddedBroker?> StartBrokerAsync(int port, ILoggerFactory logging, CancellationToken ct)
    {
        try
        {
            return await EmbeddedBroker.StartAsync(port, logging.CreateLogger<EmbeddedBroker>(), ct);
        }
        catch (BrokerStartException e)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return null;
        }
    }

    private static IHost BuildServices(KafkaSettings settings, string instrument, ILoggerProvider log)
    {
        // up owns its broker, so its topics need no namespace to stay apart from anyone else's.
        var builder = ServiceHost.CreateBuilder(settings, TopicNamespace.None);
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Information).AddProvider(log);
        builder.Services.AddSingleton(new FakeMonitorOptions(instrument, FakeMonitorMode.Ev44, 2));
        builder.Services.AddSingleton(new BackendServiceOptions(instrument, ServiceNames.MonitorData, Dev: true));
        builder.Services.AddHostedService<FakeMonitorProducer>();
        builder.Services.AddHostedService<BackendService>();
        return builder.Build();
    }

    private async Task ShowCountsAsync(CountsTable table, CancellationToken ct)
    {
        var started = TimeProvider.System.GetTimestamp();
        TimeSpan Elapsed() => TimeProvider.System.GetElapsedTime(started);
        bool Running() => !ct.IsCancellationRequested && (duration is null || Elapsed() < duration);
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
}
