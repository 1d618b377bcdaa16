using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class ScenarioContainerTests
{
    [Fact]
    public async Task Bindings_of_one_scenario_share_one_driver_instance()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Injection
              Scenario: Shared driver
                Given the service is started
                Then the service is running
            """,
            typeof(StartSteps), typeof(CheckSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal("running", "disposed async");
    }

    [Fact]
    public async Task Each_scenario_gets_fresh_context_objects()
    {
        var results = await BddHarness.RunAllAsync(
            """
            Feature: Isolation
              Scenario: First
                Then the service is running
              Scenario: Second
                Then the service is running
            """,
            typeof(CheckSteps));

        results.Select(r => r.Recorder.Entries[0]).Should().Equal("stopped", "stopped");
    }

    [Fact]
    public async Task Async_disposable_context_objects_are_disposed_even_when_an_AfterScenario_hook_throws()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Disposal
              Scenario: Hook throws
                Given the service is started
            """,
            typeof(StartSteps), typeof(ThrowingHooks));

        recorder.Entries.Should().Equal("hook", "disposed async");
        result.Succeeded.Should().BeFalse();
    }

    [Fact]
    public async Task Objects_are_disposed_in_reverse_creation_order_and_disposal_errors_are_all_reported()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            Feature: Disposal
              Scenario: Two drivers fail to stop
                Given two drivers
            """,
            typeof(TwoDriverSteps));

        recorder.Entries.Should().Equal("second disposed", "first disposed");
        result.DisposalErrors.Select(e => e.Message).Should().Equal("second failed", "first failed");
        var act = result.ThrowIfFailed;
        act.Should().Throw<ScenarioFailedException>()
            .Which.InnerException.Should().BeOfType<AggregateException>()
            .Which.InnerExceptions.Should().HaveCount(2);
    }

    [Fact]
    public async Task ScenarioContext_describes_the_scenario_and_carries_values_between_steps()
    {
        var (result, recorder) = await BddHarness.RunAsync(
            """
            @instrument:bifrost
            Feature: Context
              @slow
              Scenario: Tags and values
                Given a value is stored
                Then the value is read back
            """,
            typeof(ContextSteps));

        result.Succeeded.Should().BeTrue(result.TestError?.ToString());
        recorder.Entries.Should().Equal(
            "Tags and values", "instrument:bifrost,slow", "instrument:bifrost,slow", "Context", "instrument:bifrost", "features/test.feature", 42, true);
    }

    public sealed class ServiceDriver(Recorder recorder) : IAsyncDisposable
    {
        public bool IsRunning { get; private set; }

        public void Start() => IsRunning = true;

        public ValueTask DisposeAsync()
        {
            recorder.Add("disposed async");
            return ValueTask.CompletedTask;
        }
    }

    [Binding]
    public sealed class StartSteps(ServiceDriver driver)
    {
        [Given("the service is started")]
        public void Start() => driver.Start();
    }

    [Binding]
    public sealed class CheckSteps(ServiceDriver driver, Recorder recorder)
    {
        [Then("the service is running")]
        public void Check() => recorder.Add(driver.IsRunning ? "running" : "stopped");
    }

    [Binding]
    public sealed class ThrowingHooks(Recorder recorder)
    {
        [AfterScenario]
        public void After()
        {
            recorder.Add("hook");
            throw new InvalidOperationException("hook failed");
        }
    }

    public sealed class FirstDriver(Recorder recorder) : IDisposable
    {
        public void Dispose()
        {
            recorder.Add("first disposed");
            throw new InvalidOperationException("first failed");
        }
    }

    public sealed class SecondDriver(Recorder recorder) : IAsyncDisposable
    {
        public ValueTask DisposeAsync()
        {
            recorder.Add("second disposed");
            throw new InvalidOperationException("second failed");
        }
    }

    [Binding]
    public sealed class TwoDriverSteps(BoDi.IObjectContainer container)
    {
        [Given("two drivers")]
        public void Create()
        {
            container.Resolve<FirstDriver>();
            container.Resolve<SecondDriver>();
        }
    }

    [Binding]
    public sealed class ContextSteps(ScenarioContext context, Recorder recorder)
    {
        [Given("a value is stored")]
        public void Store()
        {
            recorder.Add(context.ScenarioInfo.Title);
            recorder.Add(string.Join(",", context.ScenarioInfo.Tags));
            recorder.Add(string.Join(",", context.ScenarioInfo.CombinedTags));
            recorder.Add(context.FeatureInfo.Title);
            recorder.Add(string.Join(",", context.FeatureInfo.Tags));
            recorder.Add(context.FeatureInfo.FilePath);
            context.Set(42, "answer");
        }

        [Then("the value is read back")]
        public void Read()
        {
            recorder.Add(context.Get<int>("answer"));
            recorder.Add(context.TryGetValue<int>("answer", out _) && !context.TryGetValue<string>("answer", out _));
        }
    }
}
