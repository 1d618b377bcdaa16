namespace LiveData.Bench.Fuzz;

/// <summary>
/// Watches the message being consumed from another thread. A message still running after the budget is
/// reported once, with its bytes, while the fuzzer keeps waiting for it: a hang is a finding, not a silent kill.
/// </summary>
internal sealed class HangWatchdog : IDisposable
{
    private readonly TimeSpan _budget;
    private readonly Action<long, byte[], TimeSpan> _onHang;
    private readonly Timer _timer;
    private InFlight? _current;
    private long _reported = -1;

    public HangWatchdog(TimeSpan budget, Action<long, byte[], TimeSpan> onHang)
    {
        _budget = budget;
        _onHang = onHang;
        var period = TimeSpan.FromMilliseconds(Math.Clamp(budget.TotalMilliseconds / 4, 10, 250));
        _timer = new Timer(_ => Check(), null, period, period);
    }

    public void Begin(long iteration, byte[] input) => Volatile.Write(ref _current, new InFlight(iteration, Environment.TickCount64, input));

    public void End() => Volatile.Write(ref _current, null);

    public void Dispose() => _timer.Dispose();

    private void Check()
    {
        if (Volatile.Read(ref _current) is not { } current)
        {
            return;
        }

        var running = TimeSpan.FromMilliseconds(Environment.TickCount64 - current.StartedAt);
        if (running > _budget && Interlocked.Exchange(ref _reported, current.Iteration) != current.Iteration)
        {
            _onHang(current.Iteration, current.Input, running);
        }
    }

    private sealed record InFlight(long Iteration, long StartedAt, byte[] Input);
}
