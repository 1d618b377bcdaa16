using System.CommandLine;
using LiveData.Cli.Up;
using LiveData.Core.Identity;
using LiveData.Instruments;
using LiveData.Workflows.Parameters;

namespace LiveData.Cli.Commands;

/// <summary>
/// <c>livedata up</c>: the whole chain in one process — embedded broker, the fake and the backend service a workflow
/// needs (by default fake monitors, monitor_data and the monitor histogram) and a headless dashboard running that
/// workflow — with a live table of every output.
/// </summary>
public static class UpCommand
{
    public static Command Create()
    {
        var instrument = CommonOptions.Instrument();
        var port = CommonOptions.Port(9092);
        var duration = new Option<double?>("--duration") { Description = "Stop after this many seconds (default: until Ctrl-C)" };
        var logFile = new Option<FileInfo?>("--log-file") { Description = "Where the services' logs go (default: a file in the temp directory)" };
        var workflow = new Option<string>("--workflow")
        {
            Description = "The workflow to run, e.g. a detector view or timeseries_data",
            DefaultValueFactory = _ => UpPlan.DefaultWorkflow,
        };
        var sources = new Option<string[]>("--source") { Description = "A source to run it for; repeat for several (default: all the workflow's sources)" };
        var files = new InstrumentFileOptions();
        var nexusFile = new Option<string?>("--nexus-file") { Description = "The fake replays this recorded run (NeXus NXevent_data), looping, instead of random events" };
        var parameters = new Option<string[]>("--param")
        {
            Description = "A workflow parameter by its dotted path, e.g. q_edges.num_bins=88; repeat for several (default: the workflow's defaults)",
        };
        parameters.Validators.Add(r =>
        {
            foreach (var text in r.GetValueOrDefault<string[]>() ?? [])
            {
                if (ParameterOf(text) is null)
                {
                    r.AddError($"--param {text}: expected PATH=VALUE, e.g. toa_edges.num_bins=200");
                }
            }
        });
        var plotDir = new Option<DirectoryInfo?>("--plot-dir") { Description = "When the run ends, write a PNG of each output's latest value (histograms, images) here" };
        var web = new WebOptions();
        var command = new Command("up", "Run broker, fakes, backend services and a workflow, showing its outputs live on a web page (or in the terminal)")
        {
            instrument, port, duration, logFile, workflow, sources, files.Geometry, files.LookupTable, nexusFile, parameters, plotDir,
            web.Port, web.Host, web.Password, web.NoWeb,
        };
        command.Validators.Add(web.Validate);
        command.Validators.Add(r =>
        {
            // An unknown instrument is the option's own error already; a second one about it would only repeat it.
            if (!InstrumentCatalog.Names.Contains(CommonOptions.InstrumentOf(r, instrument)))
            {
                return;
            }
            files.Validate(r);
            try
            {
                var plan = UpPlan.Resolve(CommonOptions.InstrumentOf(r, instrument), r.GetValue(workflow) ?? UpPlan.DefaultWorkflow, r.GetValue(sources) ?? []);
                if (r.GetValue(nexusFile) is not null && !plan.CanReplay)
                {
                    r.AddError($"--nexus-file replays monitor or detector events; {plan.FakeName} feeds {plan.Workflow.Id.Name}");
                }
                else if (r.GetValue(nexusFile) is { } missing && !File.Exists(missing))
                {
                    r.AddError($"--nexus-file {missing}: no such file");
                }
            }
            catch (ArgumentException e)
            {
                r.AddError(e.Message);
            }
        });
        duration.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<double?>() is <= 0)
            {
                r.AddError("--duration must be positive");
            }
        });
        command.SetAction(async (result, ct) =>
        {
            var plan = UpPlan.Resolve(result.GetValue(instrument)!, result.GetValue(workflow)!, result.GetValue(sources) ?? []) with
            {
                GeometryFile = result.GetValue(files.Geometry),
                LookupTableFile = result.GetValue(files.LookupTable),
            };
            if (result.GetValue(parameters) is { Length: > 0 } stated)
            {
                plan = plan with { Parameters = WorkflowParameters.Override(plan.Workflow.Factory.DefaultParams, [.. stated.Select(t => ParameterOf(t)!)]) };
            }
            if (files.Problem(result, plan.Instrument.Name) is { } unusable)
            {
                await Console.Error.WriteLineAsync(unusable);
                return BrokerGuard.InvalidSettingsExitCode;
            }
            if (result.GetValue(nexusFile) is { } file)
            {
                var (run, problem) = RecordedRunFile.Read(file, monitors: plan.FakeName == ServiceNames.FakeMonitors);
                if (problem is not null)
                {
                    await Console.Error.WriteLineAsync($"--nexus-file: {problem}");
                    return BrokerGuard.InvalidSettingsExitCode;
                }
                plan = plan with { Replay = run };
            }
            return await new UpSession(
                plan,
                result.GetValue(port),
                result.GetValue(duration) is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
                result.GetValue(logFile)?.FullName ?? Path.Combine(Path.GetTempPath(), $"livedata-up-{DateTime.Now:yyyyMMdd-HHmmss}.log"),
                web.Options(result))
            {
                PlotDirectory = result.GetValue(plotDir),
            }.RunAsync(ct);
        });
        return command;
    }

    private static WorkflowParameter? ParameterOf(string text) =>
        text.Split('=', 2) is [{ Length: > 0 } path, var value] ? new WorkflowParameter(path.Trim(), value.Trim()) : null;
}
