using LiveData.Processes;

namespace LiveData.Tests.Acceptance;

[CollectionDefinition(nameof(ProcessHygiene), DisableParallelization = true)]
public sealed class ProcessHygiene;

/// <summary>
/// A LiveData child process still running when the run ends is found and killed (the acceptance run's last check; the
/// scenario side is in LiveData.Bdd.Tests). Runs alone, because it looks at every child process of the test process.
/// </summary>
[Collection(nameof(ProcessHygiene))]
public sealed class ProcessHygieneTests
{
    [Fact]
    public async Task A_running_child_is_found_and_killed_as_a_leftover()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var broker = new ServiceProcess("broker", LiveDataExecutable.Arguments("broker", "--port", "0"), ["bootstrap: "], new Dictionary<string, string?>());
        await broker.StartAsync(ServiceProcess.DefaultReadinessTimeout, ct);

        LeftoverProcesses.Of().Select(p => p.ProcessId).Should().Equal(broker.ProcessId!.Value);
        LeftoverProcesses.KillAll().Should().ContainSingle().Which.CommandLine.Should().Contain("livedata.dll broker");
        await broker.StopAsync(ServiceProcess.DefaultStopGrace);

        broker.IsRunning.Should().BeFalse();
        LeftoverProcesses.Of().Should().BeEmpty();
    }
}
