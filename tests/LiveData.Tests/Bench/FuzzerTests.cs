using System.Text;
using LiveData.Bench.Fuzz;
using LiveData.Wire;
using LiveData.Wire.F144;

namespace LiveData.Tests.Bench;

public sealed class FuzzerTests
{
    private static readonly FuzzSeed Seed = new("f144", F144Codec.Encode(new F144LogData("motor", 1, F144Value.Scalar(2.5))));

    private static FuzzTarget Target(Action<byte[]> consume) => new("test", [Seed], ByteMutator.Mutate, consume, [typeof(WireFormatException)]);

    [Fact]
    public void A_message_is_rebuilt_from_the_run_seed_schema_and_index_alone()
    {
        var target = Target(_ => { });

        var first = new Fuzzer(5, TimeSpan.FromSeconds(10)).Build(target, 1234, null, out _);
        var again = new Fuzzer(5, TimeSpan.FromSeconds(10)).Build(target, 1234, null, out _);
        var otherSeed = new Fuzzer(6, TimeSpan.FromSeconds(10)).Build(target, 1234, null, out _);

        again.Should().Equal(first);
        otherSeed.Should().NotEqual(first);
    }

    [Fact]
    public void Documented_rejections_are_counted_and_anything_else_is_a_finding_with_its_input()
    {
        var outcome = new Fuzzer(1, TimeSpan.FromSeconds(10)).Run(Target(payload =>
        {
            if (payload.Length % 2 == 0)
            {
                throw new WireFormatException("rejected");
            }
            _ = payload[payload.Length + 1]; // A decoder bug: reads past the end.
        }), 200, null, TestContext.Current.CancellationToken);

        outcome.Rejected.Should().BeGreaterThan(0);
        outcome.FindingCount.Should().Be(200 - outcome.Rejected);
        var finding = outcome.Findings.Should().ContainSingle().Subject;
        finding.Problem.Should().StartWith("System.IndexOutOfRangeException");
        finding.Fingerprint.Should().Contain("IndexOutOfRangeException");
        (finding.Input.Length % 2).Should().Be(1);
        finding.Mutation.Should().NotBeEmpty();
        new Fuzzer(1, TimeSpan.FromSeconds(10)).Build(Target(_ => { }), finding.Iteration, null, out _).Should().Equal(finding.Input);
    }

    [Theory]
    [InlineData(2, 1)]
    [InlineData(1, 0)]
    public void A_message_running_past_the_budget_again_when_repeated_is_a_hang(int blockingCalls, int findings)
    {
        // A blocked call never returns by itself: the fuzzer must leave it behind. The gate frees the threads at the end.
        using var gate = new ManualResetEventSlim();
        var lines = new List<string>();
        var progress = new SynchronousProgress(line =>
        {
            lock (lines) { lines.Add(line); }
        });
        var calls = 0;
        var target = Target(_ =>
        {
            if (Interlocked.Increment(ref calls) <= blockingCalls)
            {
                gate.Wait(TestContext.Current.CancellationToken);
            }
        });

        try
        {
            var outcome = new Fuzzer(1, TimeSpan.FromSeconds(1)).Run(target, 3, progress, TestContext.Current.CancellationToken);

            outcome.Messages.Should().Be(3);
            outcome.FindingCount.Should().Be(findings);
            outcome.Findings.Select(f => (f.Fingerprint, f.Iteration)).Should().Equal(Enumerable.Repeat(("hang", 0L), findings));
            lock (lines)
            {
                lines.Should().Contain(l => l.StartsWith("test: message 0 still running", StringComparison.Ordinal));
                lines.Any(l => l.Contains("not a hang", StringComparison.Ordinal)).Should().Be(findings == 0);
            }
        }
        finally
        {
            gate.Set();
        }
    }

    [Fact]
    public void A_target_whose_messages_all_hang_stops_after_a_few_threads_are_left_behind()
    {
        using var gate = new ManualResetEventSlim();
        var lines = new List<string>();
        var progress = new SynchronousProgress(line =>
        {
            lock (lines) { lines.Add(line); }
        });

        try
        {
            var outcome = new Fuzzer(1, TimeSpan.FromMilliseconds(500)).Run(Target(_ => gate.Wait()), 100, progress, TestContext.Current.CancellationToken);

            outcome.Messages.Should().Be(Fuzzer.MaxAbandonedThreads / 2);
            outcome.Findings.Should().ContainSingle().Which.Problem.Should().StartWith("hang");
            outcome.FindingCount.Should().Be(Fuzzer.MaxAbandonedThreads / 2);
            lock (lines)
            {
                lines.Should().Contain(l => l.Contains($"stopped after {Fuzzer.MaxAbandonedThreads / 2} messages", StringComparison.Ordinal));
            }
        }
        finally
        {
            gate.Set();
        }
    }

    [Fact]
    public void Json_mutations_break_structure_and_encoding()
    {
        var seed = Encoding.UTF8.GetBytes("""{"kind":"job_command","job_id":{"source_name":"m","job_number":"x"},"action":"stop"}""");
        var descriptions = new List<string>();
        var invalid = 0;
        for (var i = 0; i < 300; i++)
        {
            var random = new FuzzRandom(3, "command", i);
            var mutated = JsonMutator.Mutate(seed, seed, ref random, descriptions);
            invalid += IsValidJson(mutated) ? 0 : 1;
        }

        invalid.Should().BeGreaterThan(0);
        descriptions.Should().Contain(d => d.StartsWith("drop key", StringComparison.Ordinal))
            .And.Contain(d => d.StartsWith("duplicate key", StringComparison.Ordinal))
            .And.Contain(d => d.StartsWith("insert invalid UTF-8", StringComparison.Ordinal))
            .And.Contain(d => d.Contains("chars)", StringComparison.Ordinal), "deep nesting is described by its length");
    }

    [Fact]
    public void Wire_seeds_come_from_our_encoders_without_the_golden_vectors()
    {
        foreach (var target in FuzzTargets.All(vectorDirectory: null))
        {
            target.Seeds.Should().NotBeEmpty();
            foreach (var seed in target.Seeds)
            {
                var consume = () => target.Consume(seed.Bytes);
                consume.Should().NotThrow($"seed '{seed.Name}' of {target.Schema} is a valid message");
            }
        }
    }

    private static bool IsValidJson(byte[] text)
    {
        try
        {
            using var document = System.Text.Json.JsonDocument.Parse(text);
            return true;
        }
        catch (System.Text.Json.JsonException)
        {
            return false;
        }
    }

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }
}
