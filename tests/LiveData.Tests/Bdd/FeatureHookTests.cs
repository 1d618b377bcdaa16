using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class FeatureHookTests
{
    private const string Alpha = "@instrument:bifrost\nFeature: Alpha\n  Scenario: A1\n    Given a step\n\n  Scenario: A2\n    Given a step\n";
    private const string Beta = "Feature: Beta\n  Scenario: B1\n    Given a step\n";

    [Fact]
    public async Task BeforeFeature_runs_once_before_a_features_first_scenario_and_AfterFeature_at_the_end_of_the_run()
    {
        var (testRun, recorder) = Start(typeof(FeatureHooks), typeof(FeatureSteps));
        var alpha = Scenarios("features/alpha.feature", Alpha);
        var beta = Scenarios("features/beta.feature", Beta);

        foreach (var scenario in new[] { alpha[0], beta[0], alpha[1] })
        {
            var result = await testRun.RunScenarioAsync(scenario, TestContext.Current.CancellationToken);
            result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        }

        await testRun.AfterTestRunAsync(TestContext.Current.CancellationToken);

        recorder.Entries.Should().Equal(
            "before 1: Alpha", "before default: Alpha", "bifrost: Alpha", "step in Alpha",
            "before 1: Beta", "before default: Beta", "step in Beta",
            "step in Alpha",
            "after feature: Alpha", "after feature: Beta", "after run");
    }

    [Fact]
    public async Task Parallel_scenarios_of_one_feature_share_a_single_BeforeFeature_run()
    {
        var (testRun, recorder) = Start(typeof(SlowFeatureHook), typeof(FeatureSteps));
        var gate = new FeatureGate();
        testRun.Container.RegisterInstanceAs(gate);
        var alpha = Scenarios("features/alpha.feature", Alpha);

        // Every scenario is under way while the BeforeFeature hook is still held at the gate.
        var running = alpha.Select(s => testRun.RunScenarioAsync(s, TestContext.Current.CancellationToken)).ToList();
        gate.Open();
        var results = await Task.WhenAll(running);

        results.Should().OnlyContain(r => r.Succeeded);
        recorder.Entries.Should().Equal("slow before feature", "step in Alpha", "step in Alpha");
    }

    [Fact]
    public async Task A_failing_BeforeFeature_hook_fails_every_scenario_of_its_feature_but_runs_once()
    {
        var (testRun, recorder) = Start(typeof(FailingFeatureHook), typeof(FeatureSteps));

        foreach (var scenario in Scenarios("features/alpha.feature", Alpha))
        {
            var act = () => testRun.RunScenarioAsync(scenario, TestContext.Current.CancellationToken);
            await act.Should().ThrowAsync<TimeoutException>();
        }

        recorder.Entries.Should().Equal("failing before feature");
    }

    [Fact]
    public void Feature_hooks_must_be_static()
    {
        var act = () => BindingRegistry.FromTypes(typeof(InstanceFeatureHook));

        act.Should().Throw<BindingException>().WithMessage("*[BeforeFeature] hooks must be static*");
    }

    private static (TestRun TestRun, Recorder Recorder) Start(params Type[] bindings)
    {
        var recorder = new Recorder();
        var testRun = new TestRun(BindingRegistry.FromTypes(bindings));
        testRun.Container.RegisterInstanceAs(recorder);
        return (testRun, recorder);
    }

    private static IReadOnlyList<ScenarioCase> Scenarios(string path, string gherkin) => FeatureLibrary.Parse(path, gherkin).Scenarios;

    [Binding]
    public sealed class FeatureSteps(Recorder recorder, FeatureContext featureContext)
    {
        [Given("a step")]
        public void Step() => recorder.Add($"step in {featureContext.FeatureInfo.Title}");
    }

    [Binding]
    public static class FeatureHooks
    {
        [BeforeFeature]
        public static void Default(Recorder recorder, FeatureInfo featureInfo) => recorder.Add($"before default: {featureInfo.Title}");

        [BeforeFeature(Order = 1)]
        public static Task First(Recorder recorder, FeatureContext featureContext)
        {
            recorder.Add($"before 1: {featureContext.FeatureInfo.Title}");
            return Task.CompletedTask;
        }

        [BeforeFeature("@instrument:bifrost", Order = 20000)]
        public static void Bifrost(Recorder recorder, FeatureContext featureContext) => recorder.Add($"bifrost: {featureContext.FeatureInfo.Title}");

        [BeforeFeature("@slow")]
        public static void Slow(Recorder recorder) => recorder.Add("slow");

        [AfterFeature]
        public static void After(Recorder recorder, FeatureContext featureContext) => recorder.Add($"after feature: {featureContext.FeatureInfo.Title}");

        [AfterTestRun]
        public static void AfterRun(Recorder recorder) => recorder.Add("after run");
    }

    [Binding]
    public static class SlowFeatureHook
    {
        [BeforeFeature]
        public static async Task Before(Recorder recorder, FeatureGate gate)
        {
            await gate.Opened;
            recorder.Add("slow before feature");
        }
    }

    /// <summary>Holds the BeforeFeature hook until the test has started every scenario.</summary>
    public sealed class FeatureGate
    {
        private readonly TaskCompletionSource _opened = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Opened => _opened.Task;

        public void Open() => _opened.TrySetResult();
    }

    [Binding]
    public static class FailingFeatureHook
    {
        [BeforeFeature]
        public static void Before(Recorder recorder)
        {
            recorder.Add("failing before feature");
            throw new TimeoutException("instrument not ready");
        }
    }

    [Binding]
    public sealed class InstanceFeatureHook
    {
        [BeforeFeature]
        public void Before()
        {
        }
    }
}
