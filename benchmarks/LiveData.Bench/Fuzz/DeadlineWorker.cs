namespace LiveData.Bench.Fuzz;

/// <summary>
/// Runs one action at a time on its own background thread and waits for it up to a deadline. An action still running
/// at the deadline is abandoned with its thread (a decode that never returns cannot be stopped, only left behind), and
/// the next action gets a fresh thread: a hang becomes a finding instead of stopping the fuzzer.
/// </summary>
internal sealed class DeadlineWorker : IDisposable
{
    private Lane _lane = Lane.Start();

    /// <summary>How many threads were left running an action that passed its deadline.</summary>
    public int Abandoned { get; private set; }

    /// <returns>False when the action passed the deadline (it is left running); otherwise what it threw, if anything.</returns>
    public bool TryRun(Action action, TimeSpan deadline, out Exception? thrown)
    {
        if (_lane.Run(action, deadline, out thrown))
        {
            return true;
        }
        _lane.Abandon();
        Abandoned++;
        _lane = Lane.Start();
        return false;
    }

    public void Dispose() => _lane.Abandon();

    // One thread and its hand-over: Go starts the action, Done says it ended.
    private sealed class Lane
    {
        private readonly SemaphoreSlim _go = new(0);
        private readonly SemaphoreSlim _done = new(0);
        private Action? _action;
        private Exception? _thrown;
        private volatile bool _abandoned;

        public static Lane Start()
        {
            var lane = new Lane();
            new Thread(lane.Loop) { IsBackground = true, Name = "fuzz-consumer" }.Start();
            return lane;
        }

        public bool Run(Action action, TimeSpan deadline, out Exception? thrown)
        {
            _action = action;
            _go.Release();
            var ended = _done.Wait(deadline);
            thrown = ended ? _thrown : null;
            return ended;
        }

        public void Abandon()
        {
            _abandoned = true;
            _go.Release();
        }

        private void Loop()
        {
            while (true)
            {
                _go.Wait();
                if (_abandoned)
                {
                    return;
                }
                try
                {
                    _action!();
                    _thrown = null;
                }
                catch (Exception e)
                {
                    _thrown = e;
                }
                _done.Release();
            }
        }
    }
}
