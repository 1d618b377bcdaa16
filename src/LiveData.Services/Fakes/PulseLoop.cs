namespace LiveData.Services.Fakes;

/// <summary>Calls a producer once per 14 Hz pulse (catching up after a lag) until cancelled.</summary>
public static class PulseLoop
{
    /// <returns>How many pulses were produced.</returns>
    public static async Task<long> RunAsync(TimeProvider clock, Action<long> producePulse, CancellationToken ct)
    {
        var pulses = new PulseClock(clock);
        long produced = 0;
        while (!ct.IsCancellationRequested)
        {
            foreach (var pulse in pulses.DuePulses())
            {
                producePulse(pulse);
                produced++;
            }
            try
            {
                await Task.Delay(pulses.UntilNextPulse(), clock, ct);
            }
            catch (OperationCanceledException)
            {
                break;
            }
        }
        return produced;
    }
}
