using System.Diagnostics;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// Feeds mutated messages to a <see cref="FuzzTarget"/> and checks the oracle: each message is consumed or
/// rejected with a documented exception, within the hang budget (on a <see cref="DeadlineWorker"/>, so a
/// message that never returns is left behind as a finding). Deterministic per run seed: message i is
/// rebuilt from (seed, schema, i) alone.
/// </summary>
public sealed class Fuzzer(int runSeed, TimeSpan hangBudget)
{
    public int RunSeed { get; } = runSeed;

    /// <summary>Hung messages whose threads may still burn a core; past this many a target stops, as its figures would mean nothing.</summary>
    public const int MaxAbandonedThreads = 4;

    /// <param name="progress">Receives a line per tenth of the run and one per overrun as it happens.</param>
    public FuzzOutcome Run(FuzzTarget target, long count, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var findings = new Dictionary<string, FuzzFinding>(StringComparer.Ordinal);
        long findingCount = 0;
        long rejected = 0;
        void Found(FuzzFinding finding)
        {
            findingCount++;
            findings.TryAdd(finding.Fingerprint, finding);
        }

        using var worker = new DeadlineWorker();
        var clock = Stopwatch.StartNew();
        var reportEvery = Math.Max(1, count / 10);
        long i = 0;
        for (; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (worker.Abandoned >= MaxAbandonedThreads)
            {
                progress?.Report($"{target.Schema}: stopped after {i:N0} messages: {worker.Abandoned} consumer threads are stuck in hung messages");
                break;
            }
            var input = Build(target, i, null, out _);
            var (outcome, problem) = Consume(target, input, worker);
            if (outcome == Verdict.Hung)
            {
                progress?.Report($"{target.Schema}: message {i} still running after {hangBudget.TotalSeconds:0.##} s; left running, repeated on a fresh thread");
                (outcome, problem) = Consume(target, input, worker);
                if (outcome == Verdict.Hung)
                {
                    Found(Describe(target, i, $"hang: ran past {hangBudget.TotalSeconds:0.##} s twice", "hang", input));
                    continue;
                }
                // One overrun may be the machine pausing the process; a hang overruns again when repeated.
                progress?.Report($"{target.Schema}: message {i} ran past the budget once but not when repeated: a pause of the machine, not a hang");
            }
            rejected += outcome == Verdict.Rejected ? 1 : 0;
            if (outcome == Verdict.Failed)
            {
                Found(Describe(target, i, problem!.Value.Message, problem.Value.Fingerprint, input));
            }

            if ((i + 1) % reportEvery == 0)
            {
                progress?.Report($"{target.Schema}: {i + 1:N0}/{count:N0} messages, {findingCount} findings");
            }
        }

        return new FuzzOutcome(target.Schema, i, rejected, clock.Elapsed, findingCount, [.. findings.Values]);
    }

    /// <summary>Message <paramref name="iteration"/> of this run, with the seed it came from and the mutations applied.</summary>
    public byte[] Build(FuzzTarget target, long iteration, List<string>? log, out FuzzSeed seed)
    {
        var random = new FuzzRandom(RunSeed, target.Schema, iteration);
        seed = random.Pick(target.Seeds);
        var other = random.Pick(target.Seeds);
        return target.Mutate(seed.Bytes, other.Bytes, ref random, log);
    }

    private (Verdict Verdict, (string Message, string Fingerprint)? Problem) Consume(FuzzTarget target, byte[] input, DeadlineWorker worker)
    {
        if (!worker.TryRun(() => target.Consume(input), hangBudget, out var thrown))
        {
            return (Verdict.Hung, null);
        }
        return thrown switch
        {
            null => (Verdict.Consumed, null),
            _ when target.IsDocumented(thrown) => (Verdict.Rejected, null),
            _ => (Verdict.Failed, ($"{thrown.GetType().FullName}: {thrown.Message}", Fingerprint(thrown))),
        };
    }

    private FuzzFinding Describe(FuzzTarget target, long iteration, string problem, string fingerprint, byte[] input)
    {
        var log = new List<string>();
        Build(target, iteration, log, out var seed);
        return new FuzzFinding(target.Schema, RunSeed, iteration, seed.Name, string.Join("; ", log), problem, fingerprint, input);
    }

    private static string Fingerprint(Exception e)
    {
        var frame = new StackTrace(e).GetFrames().FirstOrDefault(f => f.GetMethod()?.DeclaringType?.Namespace?.StartsWith("LiveData", StringComparison.Ordinal) == true);
        var method = frame?.GetMethod();
        return $"{e.GetType().Name} in {method?.DeclaringType?.Name}.{method?.Name}";
    }

    private enum Verdict
    {
        Consumed,
        Rejected,
        Failed,
        Hung,
    }
}
