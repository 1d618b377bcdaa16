using LiveData.Processes;

namespace LiveData.Bench.Cluster;

/// <summary>One reading of one service's memory, <paramref name="Elapsed"/> after sampling began.</summary>
public sealed record RssSample(string Service, TimeSpan Elapsed, ProcessMemory Memory);

/// <summary>
/// Reads the resident memory of each given service process once per interval on a background loop until
/// disposed. A process that has exited is skipped.
/// </summary>
public sealed class RssSampler : IAsyncDisposable
{
    private readonly IReadOnlyList<ServiceProcess> _processes;
    private readonly PeriodicTimer _timer;
    private readonly TimeProvider _clock;
    private readonly long _started;
    private readonly List<RssSample> _samples = [];
    private readonly Lock _gate = new();
    private readonly Task _loop;

    public RssSampler(IReadOnlyList<ServiceProcess> processes, TimeSpan interval, TimeProvider? clock = null)
    {
        _processes = processes;
        _clock = clock ?? TimeProvider.System;
        _timer = new PeriodicTimer(interval, _clock);
        _started = _clock.GetTimestamp();
        SampleOnce();
        _loop = Task.Run(Loop, CancellationToken.None);
    }

    public IReadOnlyList<RssSample> Samples
    {
        get
        {
            lock (_gate)
            {
                return [.. _samples];
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        _timer.Dispose();
        await _loop;
    }

    private async Task Loop()
    {
        while (await _timer.WaitForNextTickAsync())
        {
            SampleOnce();
        }
    }

    private void SampleOnce()
    {
        var elapsed = _clock.GetElapsedTime(_started);
        foreach (var process in _processes)
        {
            if (process.ProcessId is { } id && ProcessMemory.Read(id) is { } memory)
            {
                lock (_gate)
                {
                    _samples.Add(new RssSample(process.Name, elapsed, memory));
                }
            }
        }
    }
}
