using System.Diagnostics;

namespace LiveData.Bench.Fuzz;

/// <summary>
/// Feeds mutated messages to a <see cref="FuzzTarget"/> and checks the oracle: each message is consumed or
/// rejected with a documented exception, within the hang budget. Deterministic per run seed: message i is
/// rebuilt from (seed, schema, i) alone.
/// </summary>
public sealed class Fuzzer(int runSeed, TimeSpan hangBudget)
{
    public int RunSeed { get; } = runSeed;

    /// <param name="progress">Receives a line per tenth of the run and one per hang as it happens.</param>
    public FuzzOutcome Run(FuzzTarget target, long count, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        var findings = new Dictionary<string, FuzzFinding>(StringComparer.Ordinal);
        long findingCount = 0;
        long rejected = 0;
        var gate = new Lock();
        void Found(FuzzFinding finding)
        {
            lock (gate)
            {
                findingCount++;
                findings.TryAdd(finding.Fingerprint, finding);
            }
        }

        using var watchdog = new HangWatchdog(hangBudget, (iteration, input, running) =>
        {
            Found(Describe(target, iteration, $"hang: still running after {running.TotalSeconds:0.#} s", "hang", input));
            progress?.Report($"{target.Schema}: message {iteration} still running after {running.TotalSeconds:0.#} s");
        });
        var clock = Stopwatch.StartNew();
        var reportEvery = Math.Max(1, count / 10);
        for (long i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var input = Build(target, i, null, out _);
            watchdog.Begin(i, input);
            try
            {
                target.Consume(input);
            }
            catch (Exception e)
            {
                if (target.IsDocumented(e))
                {
                    rejected++;
                }
                else
                {
                    Found(Describe(target, i, $"{e.GetType().FullName}: {e.Message}", Fingerprint(e), input));
                }
            }
            finally
            {
                watchdog.End();
            }

            if ((i + 1) % reportEvery == 0)
            {
                progress?.Report($"{target.Schema}: {i + 1:N0}/{count:N0} messages, {Interlocked.Read(ref findingCount)} findings");
            }
        }

        clock.Stop();
        lock (gate)
        {
            return new FuzzOutcome(target.Schema, count, rejected, clock.Elapsed, findingCount, [.. findings.Values]);
        }
    }

    /// <summary>Message <paramref name="iteration"/> of this run, with the seed it came from and the mutations applied.</summary>
    public byte[] Build(FuzzTarget target, long iteration, List<string>? log, out FuzzSeed seed)
    {
        var random = new FuzzRandom(RunSeed, target.Schema, iteration);
        seed = random.Pick(target.Seeds);
        var other = random.Pick(target.Seeds);
        return target.Mutate(seed.Bytes, other.Bytes, ref random, log);
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
}
