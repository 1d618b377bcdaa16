using System.CommandLine;
using LiveData.Core.Identity;
using LiveData.Geometry.Nexus;
using LiveData.Services.Backend;
using LiveData.Services.Composition;
using LiveData.Services.Fakes;
using LiveData.Services.Hosting;

namespace LiveData.Cli.Commands;

/// <summary><c>livedata service NAME</c>: runs one backend service or fake producer until SIGTERM.</summary>
public static class ServiceCommand
{
    private static readonly string[] Fakes = [ServiceNames.FakeMonitors, ServiceNames.FakeDetectors, ServiceNames.FakeLogdata];

    public static Command Create()
    {
        var name = new Argument<string>("name") { Description = "Service to run" }
            .AcceptOnlyFromAmong([.. Fakes, .. BackendServiceCatalog.Names]);
        var instrument = CommonOptions.Instrument();
        var bootstrap = CommonOptions.BootstrapServers();
        var logLevel = CommonOptions.LogLevel();
        var topicPrefix = CommonOptions.TopicPrefix();
        var dev = new Option<bool>("--dev") { Description = "Backend services: read raw streams with DEV names (as the fakes publish them)" };
        var mode = new Option<string?>("--mode") { Description = "fake_monitors: ev44 (events) or da00 (histograms); fake_detectors: ev44 (events, default) or ad00 (area-detector images)" }
            .AcceptOnlyFromAmong("ev44", "da00", "ad00");
        var numMonitors = new Option<int>("--num-monitors") { Description = "fake_monitors: how many monitors (1..10)", DefaultValueFactory = _ => 2 };
        var rateMultiplier = new Option<double?>("--rate-multiplier") { Description = "fake_monitors, fake_detectors: scale the nominal events per pulse (e.g. 10 for 10x load; default 1)" };
        rateMultiplier.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is { } m && !(m > 0 && double.IsFinite(m)))
            {
                r.AddError("--rate-multiplier must be a positive number");
            }
        });
        var nexusFile = new Option<string?>("--nexus-file")
        {
            Description = "fake_monitors, fake_detectors (ev44): replay the recorded NXevent_data of this NeXus file, one recorded pulse per 14 Hz pulse, looping at the end (see --replay-once)",
        };
        var replayOnce = new Option<bool>("--replay-once")
        {
            Description = "fake_monitors, fake_detectors with --nexus-file: publish every recorded pulse once, then nothing more (the process stays up)",
        };
        var files = new InstrumentFileOptions();
        var sources = new Option<string?>("--sources")
        {
            Description = "Backend services: host only these comma-separated sources (scale-out: several workers split an instrument's sources)",
        };
        var command = new Command("service", "Run a LiveData service") { name, instrument, bootstrap, topicPrefix, logLevel, dev, mode, numMonitors, rateMultiplier, nexusFile, replayOnce, files.Geometry, files.LookupTable, sources };
        command.Validators.Add(result =>
        {
            var service = result.GetValue(name);
            var chosenMode = result.GetValue(mode);
            var isFake = Fakes.Contains(service);
            if (service == ServiceNames.FakeMonitors && chosenMode is not ("ev44" or "da00"))
            {
                result.AddError("fake_monitors needs --mode ev44 or --mode da00");
            }
            if (service == ServiceNames.FakeDetectors && chosenMode is not (null or "ev44" or "ad00"))
            {
                result.AddError("fake_detectors takes --mode ev44 or --mode ad00");
            }
            if (isFake && result.GetValue(dev))
            {
                result.AddError("--dev is for backend services; fakes always publish DEV names");
            }
            if (service is not (ServiceNames.FakeMonitors or ServiceNames.FakeDetectors) && result.GetValue(rateMultiplier) is not null)
            {
                result.AddError("--rate-multiplier is only for fake_monitors and fake_detectors");
            }
            if (service is not (ServiceNames.FakeMonitors or ServiceNames.FakeDetectors) && chosenMode is not null)
            {
                result.AddError("--mode is only for fake_monitors and fake_detectors");
            }
            if (result.GetValue(nexusFile) is { } file)
            {
                if (service is not (ServiceNames.FakeMonitors or ServiceNames.FakeDetectors))
                {
                    result.AddError("--nexus-file is only for fake_monitors and fake_detectors");
                }
                else if (service == ServiceNames.FakeDetectors && chosenMode == "ad00")
                {
                    result.AddError("--nexus-file replays events; fake_detectors --mode ad00 publishes images");
                }
                else if (!File.Exists(file))
                {
                    result.AddError($"--nexus-file {file}: no such file");
                }
            }
            if (result.GetValue(replayOnce) && result.GetValue(nexusFile) is null)
            {
                result.AddError("--replay-once needs --nexus-file: only a recorded run can be replayed once");
            }
            files.Validate(result, isFake ? "is for backend services; the fakes read no instrument files" : null);
            if (result.GetValue(sources) is { } list)
            {
                SourcesOption.Validate(result, isFake ? null : service, CommonOptions.InstrumentOf(result, instrument), list);
            }
        });
        command.SetAction(async (result, ct) =>
        {
            var builder = ServiceHost.CreateBuilder(result.GetValue(bootstrap), CommonOptions.Namespace(result, topicPrefix));
            builder.Logging.AddLiveDataConsole(result.GetValue(logLevel));
            var instrumentName = result.GetValue(instrument)!;
            var rate = result.GetValue(rateMultiplier) ?? 1;
            RecordedRun? replay = null;
            if (result.GetValue(nexusFile) is { } file)
            {
                (replay, var problem) = RecordedRunFile.Read(file, monitors: result.GetValue(name) == ServiceNames.FakeMonitors);
                if (problem is not null)
                {
                    await Console.Error.WriteLineAsync($"--nexus-file: {problem}");
                    return BrokerGuard.InvalidSettingsExitCode;
                }
            }
            if (files.Problem(result, instrumentName) is { } unusable)
            {
                await Console.Error.WriteLineAsync(unusable);
                return BrokerGuard.InvalidSettingsExitCode;
            }
            _ = result.GetValue(name)! switch
            {
                ServiceNames.FakeMonitors => builder.Services.AddFakeMonitors(
                    new FakeMonitorOptions(instrumentName, Enum.Parse<FakeMonitorMode>(result.GetValue(mode)!, ignoreCase: true), result.GetValue(numMonitors), rate, replay, result.GetValue(replayOnce))),
                ServiceNames.FakeDetectors => builder.Services.AddFakeDetectors(
                    new FakeDetectorOptions(instrumentName, Enum.Parse<FakeDetectorMode>(result.GetValue(mode) ?? "ev44", ignoreCase: true), rate, replay, result.GetValue(replayOnce))),
                ServiceNames.FakeLogdata => builder.Services.AddFakeLogdata(new FakeLogOptions(instrumentName)),
                var backend => builder.Services.AddBackendService(
                    new BackendServiceOptions(instrumentName, backend, result.GetValue(dev), SourcesOption.Hosted(result.GetValue(sources)), result.GetValue(files.Geometry), result.GetValue(files.LookupTable))),
            };
            using var host = builder.Build();
            return await BrokerGuard.RunAsync(host, ct);
        });
        return command;
    }
}
