using System.Text;
using LiveData.Bench.Reporting;
using LiveData.Checkout;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// <c>livedata-bench fuzz [--count N]</c>: N mutated messages per schema (ev44, da00, f144, x5f2, ad00, command
/// JSON) against the decoders. Target: no message ends in an undocumented exception or a hang. Each finding is
/// printed and its bytes saved next to the report, ready to become a unit test.
/// </summary>
public sealed class FuzzSection : IBenchSection
{
    public const long FullCount = 1_000_000;
    public const long QuickCount = 20_000;

    /// <summary>Fixed so two runs of the same build fuzz the same messages and a finding can be replayed.</summary>
    public const int RunSeed = 20261124;

    /// <summary>Generous: seeds are at most 16 kB, so a sound decode takes microseconds; a pause of a loaded machine is told apart by repeating the message.</summary>
    private static readonly TimeSpan HangBudget = TimeSpan.FromSeconds(2);

    public string Name => "fuzz";

    public string Description => "Mutated ev44/da00/f144/x5f2/ad00 messages and command JSON: decoded or rejected with the documented exception, never a crash or a hang";

    public async Task RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var count = context.Options.Count ?? (context.Options.Quick ? QuickCount : FullCount);
        var vectors = WireVectors.Locate(Directory.GetCurrentDirectory());
        context.Progress.Report(vectors is null
            ? "no shared/wire-vectors above the working directory: seeding from our encoders only"
            : $"seeds: golden vectors from {vectors} and our encoders");
        var fuzzer = new Fuzzer(RunSeed, HangBudget);
        foreach (var target in FuzzTargets.All(vectors))
        {
            // A thread of its own: a hanging decode must not hold up the caller's synchronisation context.
            var outcome = await Task.Factory.StartNew(
                () => fuzzer.Run(target, count, context.Progress, cancellationToken),
                cancellationToken, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            Record(context, target, outcome);
        }
    }

    private void Record(BenchContext context, FuzzTarget target, FuzzOutcome outcome)
    {
        context.Progress.Report($"{outcome.Schema}: {outcome.Messages:N0} messages from {target.Seeds.Count} seeds, {outcome.Rejected:N0} rejected as malformed, {outcome.FindingCount} findings");
        context.Report.Add(new BenchFigure(Name, $"{outcome.Schema} findings", outcome.FindingCount, "messages", Target: BenchTarget.AtMost(0)));
        context.Report.Add(new BenchFigure(Name, $"{outcome.Schema} rejected", 100.0 * outcome.Rejected / outcome.Messages, "%"));
        context.Report.Add(new BenchFigure(Name, $"{outcome.Schema} throughput", outcome.MessagesPerSecond, "messages/s"));
        foreach (var finding in outcome.Findings)
        {
            var path = context.ArtefactPath($"fuzz-{finding.Schema}-{finding.RunSeed}-{finding.Iteration}.bin");
            File.WriteAllBytes(path, finding.Input);
            File.WriteAllText(Path.ChangeExtension(path, ".txt"), Describe(finding));
            context.Progress.Report($"FINDING {finding.Schema} #{finding.Iteration} (seed {finding.RunSeed}, from '{finding.SeedName}', {finding.Mutation}): {finding.Problem} -> {path}");
        }
    }

    private static string Describe(FuzzFinding finding) => new StringBuilder()
        .AppendLine($"schema: {finding.Schema}")
        .AppendLine($"run seed: {finding.RunSeed}, message: {finding.Iteration}")
        .AppendLine($"mutated from: {finding.SeedName}")
        .AppendLine($"mutations: {finding.Mutation}")
        .AppendLine($"problem: {finding.Problem}")
        .AppendLine($"base64: {Convert.ToBase64String(finding.Input)}")
        .ToString();
}
