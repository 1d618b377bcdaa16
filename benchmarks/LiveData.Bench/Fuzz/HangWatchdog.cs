namespace LiveData.Bench.Fuzz;

/// <summary>
/// Watches the message being consumed from another thread. A message still running after the budget is reported
/// once per <see cref="Begin"/>, while the fuzzer keeps waiting for it: a hang is a finding, not a silent kill.
/// </summary>
internal sealed class HangWatchdog : IDisposable
{
    private readonly TimeSpan _budget;
    private readonly Action<long, TimeSpan> _onOverrun;
    private readonly Timer _timer;
    private InFlight? _current;

    public HangWatchdog(TimeSpan budget, Action<long, TimeSpan> onOverrun)
    {
        _budget = budget;
        _onOverrun = onOverrun;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(budget.TotalMilliseconds / 4, 10, 250));
        _timer = new Timer(_ => Check(), null, period, period);
    }

    public void Begin(long iteration) => Volatile.Write(ref _current, new InFlight(iteration, Environment.TickCount64));

    /// <returns>Whether the message ran past the budget.</returns>
    public bool End()
    {
        var current = Interlocked.Exchange(ref _current, null);
        return current is not null && Volatile.Read(ref current.Reported) != 0;
    }

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        if (Volatile.Read(ref _current) is not { } current)
        {
            return;
        }

        var running = TimeSpan.FromMilliseconds(Environment.TickCount64 - current.StartedAt);
        if (running > _budget && Interlocked.Exchange(ref current.Reported, 1) == 0)
        {
            _onOverrun(current.Iteration, running);
        }
    }

    private sealed class InFlight(long iteration, long startedAt)
    {
        public int Reported;

        public long Iteration { get; } = iteration;

        public long StartedAt { get; } = startedAt;
    }
}
