namespace LiveData.Processes;

/// <summary>
/// Services that run together: started in order, stopped in reverse. If one fails to start, the ones
/// already started are stopped before the error surfaces; stopping continues past failures.
/// </summary>
public sealed class ServiceGroup(IReadOnlyList<ServiceProcess> members) : IAsyncDisposable
{
    public IReadOnlyList<ServiceProcess> Members { get; } = members;

    public ServiceProcess this[string name] =>
        Members.FirstOrDefault(m => m.Name == name) ?? throw new KeyNotFoundException($"No service '{name}' in this group ({string.Join(", ", Members.Select(m => m.Name))})");

    public async Task StartAllAsync(TimeSpan readinessTimeout, CancellationToken ct)
    {
        var started = new List<ServiceProcess>();
        try
        {
            foreach (var member in Members)
            {
                await member.StartAsync(readinessTimeout, ct);
                started.Add(member);
            }
        }
        catch
        {
            started.Reverse();
            await StopAsync(started);
            throw;
        }
    }

    public Task StopAllAsync() => StopAsync(Members.Reverse());

    public ValueTask DisposeAsync() => new(StopAllAsync());

    private static async Task StopAsync(IEnumerable<ServiceProcess> members)
    {
        var errors = new List<Exception>();
        foreach (var member in members)
        {
            try
            {
                await member.StopAsync(ServiceProcess.DefaultStopGrace);
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }
        if (errors.Count > 0)
        {
            throw new AggregateException("Some services did not stop cleanly", errors);
        }
    }

    public string OutputTails(int lines = 30) => string.Join(Environment.NewLine, Members.Select(m => m.Output.Tail(lines)));
}
