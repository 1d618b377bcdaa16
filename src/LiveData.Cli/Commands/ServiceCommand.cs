using System.CommandLine;
using LiveData.Messaging;
using LiveData.Services.Backend;
using LiveData.Services.Fakes;
using LiveData.Services.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata service NAME</c>: runs one backend service or fake producer until SIGTERM.</summary>
public static class ServiceCommand
{
    public const string FakeMonitors = "fake_monitors";

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Service to run" }
            .AcceptOnlyFromAmong([FakeMonitors, .. BackendServiceCatalog.Names]);
        var instrument = CommonOptions.Instrument();
        var bootstrap = CommonOptions.BootstrapServers();
        var logLevel = CommonOptions.LogLevel();
        var dev = new Option<bool>("--dev") { Description = "Backend services: read raw streams with DEV names (as the fakes publish them)" };
        var mode = new Option<string?>("--mode") { Description = "fake_monitors: ev44 (events) or da00 (histograms)" }.AcceptOnlyFromAmong("ev44", "da00");
        var numMonitors = new Option<int>("--num-monitors") { Description = "fake_monitors: how many monitors (1..10)", DefaultValueFactory = _ => 2 };
        var command = new Command("service", "Run a LiveData service") { name, instrument, bootstrap, logLevel, dev, mode, numMonitors };
        command.Validators.Add(result =>
        {
            var isFake = result.GetValue(name) == FakeMonitors;
            if (isFake && result.GetValue(mode) is null)
            {
                result.AddError("fake_monitors needs --mode ev44 or --mode da00");
            }
            if (isFake && result.GetValue(dev))
            {
                result.AddError("--dev is for backend services; fakes always publish DEV names");
            }
            if (!isFake && result.GetValue(mode) is not null)
            {
                result.AddError("--mode is only for fake_monitors");
            }
        });
        command.SetAction(async (result, ct) =>
        {
            var settings = CommonOptions.Settings(result, bootstrap);
            if (!await BrokerGuard.IsReachableAsync(settings, ct))
            {
                return BrokerGuard.UnreachableExitCode;
            }
            var service = result.GetValue(name)!;
            var level = result.GetValue(logLevel);
            var instrumentName = result.GetValue(instrument)!;
            return service == FakeMonitors
                ? await ServiceHost.RunAsync<FakeMonitorProducer>(settings, level,
                    s => s.AddSingleton(new FakeMonitorOptions(instrumentName, Enum.Parse<FakeMonitorMode>(result.GetValue(mode)!, ignoreCase: true), result.GetValue(numMonitors))), ct)
                : await ServiceHost.RunAsync<BackendService>(settings, level,
                    s => s.AddSingleton(new BackendServiceOptions(instrumentName, service, result.GetValue(dev))), ct);
        });
        return command;
    }
}
