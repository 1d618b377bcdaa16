using LiveData.Bench.Cluster;

namespace LiveData.Tests.Bench;

/// <summary>The bench cluster on real <c>livedata</c> processes: whatever happens, nothing it started outlives it.</summary>
public sealed class BenchClusterTests
{
    [Fact]
    public async Task Disposing_stops_every_service_it_started()
    {
        var ct = TestContext.Current.CancellationToken;
        var cluster = await BenchCluster.StartAsync(BenchStream.Instrument, NullLoggerFactory.Instance, ct);
        IReadOnlyList<LiveData.Processes.ServiceProcess> services;
        try
        {
            services = await cluster.StartServicesAsync([BenchService.FakeLogdata, BenchService.Backend("timeseries")], ct);
            services.Should().OnlyContain(s => s.IsRunning);
            ProcessesUsing(cluster.Settings).Should().HaveCount(2, "both services run against this cluster's broker");
        }
        finally
        {
            await cluster.DisposeAsync();
        }

        services.Should().OnlyContain(s => !s.IsRunning);
        ProcessesUsing(cluster.Settings).Should().BeEmpty();
    }

    [Fact]
    public async Task A_cancelled_start_leaves_nothing_running()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await BenchCluster.StartAsync(BenchStream.Instrument, NullLoggerFactory.Instance, ct);
        using var cancel = new CancellationTokenSource();
        await cancel.CancelAsync();

        var start = () => cluster.StartServicesAsync([BenchService.FakeLogdata, BenchService.Backend("timeseries")], cancel.Token);

        await start.Should().ThrowAsync<OperationCanceledException>();
        ProcessesUsing(cluster.Settings).Should().BeEmpty();
    }

    [Fact]
    public async Task Services_stopped_early_are_no_longer_the_cluster_s_to_stop()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var cluster = await BenchCluster.StartAsync(BenchStream.Instrument, NullLoggerFactory.Instance, ct);
        var first = await cluster.StartServicesAsync([BenchService.FakeLogdata], ct);

        await cluster.StopServicesAsync(first);
        var second = await cluster.StartServicesAsync([BenchService.FakeLogdata], ct);

        first.Should().OnlyContain(s => !s.IsRunning);
        second.Should().OnlyContain(s => s.IsRunning);
        ProcessesUsing(cluster.Settings).Should().HaveCount(1);
    }

    /// <summary>Live processes whose environment points them at this cluster's broker (only its services have it).</summary>
    private static List<int> ProcessesUsing(KafkaSettings settings)
    {
        var marker = $"{KafkaSettings.BootstrapServersVariable}={settings.BootstrapServers}";
        var found = new List<int>();
        foreach (var directory in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(directory), out var pid))
            {
                continue;
            }
            try
            {
                if (File.ReadAllText(Path.Combine(directory, "environ")).Split('\0').Contains(marker)
                    && !File.ReadAllText(Path.Combine(directory, "status")).Contains("State:\tZ", StringComparison.Ordinal))
                {
                    found.Add(pid);
                }
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // The process ended while being read, or is not ours to read: not one of this cluster's.
            }
        }
        return found;
    }
}
