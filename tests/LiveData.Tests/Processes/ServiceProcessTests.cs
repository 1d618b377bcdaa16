using LiveData.Processes;

namespace LiveData.Tests.Processes;

/// <summary>Process lifecycle of the acceptance suite, on real <c>livedata</c> processes (the broker needs no other service).</summary>
public sealed class ServiceProcessTests
{
    private static readonly Dictionary<string, string?> NoEnvironment = [];

    private static ServiceProcess Broker(string name = "broker") =>
        new(name, LiveDataExecutable.Arguments("broker", "--port", "0"), ["bootstrap: "], NoEnvironment);

    [Fact]
    public async Task Becomes_ready_on_its_readiness_line_and_stops_on_sigterm()
    {
        await using var broker = Broker();

        await broker.StartAsync(ServiceProcess.DefaultReadinessTimeout, TestContext.Current.CancellationToken);
        broker.IsRunning.Should().BeTrue();
        await broker.StopAsync(ServiceProcess.DefaultStopGrace);

        broker.IsRunning.Should().BeFalse();
        broker.ExitCode.Should().Be(0, "SIGTERM is a graceful stop");
        broker.Output.Tail().Should().Contain("stopped");
    }

    [Fact]
    public async Task Can_be_started_again_after_a_stop()
    {
        await using var broker = Broker();
        await broker.StartAsync(ServiceProcess.DefaultReadinessTimeout, TestContext.Current.CancellationToken);
        var firstPid = broker.ProcessId;
        await broker.StopAsync(ServiceProcess.DefaultStopGrace);

        await broker.StartAsync(ServiceProcess.DefaultReadinessTimeout, TestContext.Current.CancellationToken);

        broker.IsRunning.Should().BeTrue();
        broker.ProcessId.Should().NotBe(firstPid);
    }

    [Fact]
    public async Task A_process_that_exits_before_it_is_ready_fails_with_its_output()
    {
        await using var bad = new ServiceProcess("bad", LiveDataExecutable.Arguments("service", "no_such_service"), ["Service started"], NoEnvironment);

        var start = () => bad.StartAsync(ServiceProcess.DefaultReadinessTimeout, TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<ServiceStartException>())
            .Which.Message.Should().Contain("bad exited with code 1").And.Contain("no_such_service");
    }

    [Fact]
    public async Task A_readiness_timeout_names_the_missing_lines_and_stops_the_process()
    {
        await using var silent = new ServiceProcess("silent", LiveDataExecutable.Arguments("broker", "--port", "0"), ["a line that never comes"], NoEnvironment);

        var start = () => silent.StartAsync(TimeSpan.FromSeconds(3), TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<ServiceStartException>()).Which.Message.Should().Contain("\"a line that never comes\"");
        silent.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task A_cancelled_start_stops_the_process_and_throws_without_waiting_for_readiness()
    {
        await using var silent = new ServiceProcess("silent", LiveDataExecutable.Arguments("broker", "--port", "0"), ["a line that never comes"], NoEnvironment);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var start = () => silent.StartAsync(ServiceProcess.DefaultReadinessTimeout, cancel.Token);

        await start.Should().ThrowAsync<OperationCanceledException>();
        silent.ProcessId.Should().NotBeNull("the process was launched before the start was abandoned");
        silent.IsRunning.Should().BeFalse();
    }

    [Fact]
    public async Task A_group_stops_its_other_members_when_one_fails_to_start()
    {
        var first = Broker("first");
        var failing = new ServiceProcess("failing", LiveDataExecutable.Arguments("service", "no_such_service"), ["Service started"], NoEnvironment);
        await using var group = new ServiceGroup([first, failing]);

        var start = () => group.StartAllAsync(ServiceProcess.DefaultReadinessTimeout, TestContext.Current.CancellationToken);

        await start.Should().ThrowAsync<ServiceStartException>();
        first.ProcessId.Should().NotBeNull("the first member did start");
        first.IsRunning.Should().BeFalse("a failed group start leaves nothing running");
    }

    [Fact]
    public async Task Passes_its_environment_to_the_process()
    {
        var environment = new Dictionary<string, string?> { [KafkaSettings.BootstrapServersVariable] = "localhost:1" };
        await using var service = new ServiceProcess("monitor_data", LiveDataExecutable.Arguments("service", "monitor_data", "--dev"), ["Service started"], environment);

        var start = () => service.StartAsync(ServiceProcess.DefaultReadinessTimeout, TestContext.Current.CancellationToken);

        (await start.Should().ThrowAsync<ServiceStartException>())
            .Which.Message.Should().Contain("No Kafka broker at localhost:1", "the broker address came from the environment given");
    }
}
