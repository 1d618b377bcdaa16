using System.Runtime.ExceptionServices;

namespace LiveData.Processes;

/// <summary>
/// Services that run together: started together, stopped in reverse order. If one fails to start, the others
/// are stopped before the error surfaces; stopping continues past failures.
/// </summary>
public sealed class ServiceGroup(IReadOnlyList<ServiceProcess> members) : IAsyncDisposable
{
    public IReadOnlyList<ServiceProcess> Members { get; } = members;

    public ServiceProcess this[string name] =>
        Members.FirstOrDefault(m => m.Name == name) ?? throw new KeyNotFoundException($"No service '{name}' in this group ({string.Join(", ", Members.Select(m => m.Name))})");

    /// <summary>
    /// Starts every member at once and waits until all are ready: a service's start-up (runtime, JIT, broker
    /// connection) does not depend on another's, so the group is ready in the time of its slowest member.
    /// </summary>
    public async Task StartAllAsync(TimeSpan readinessTimeout, CancellationToken ct)
    {
        using var abandon = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var starts = Members.Select(async member =>
        {
            try
            {
                await member.StartAsync(readinessTimeout, abandon.Token);
            }
            catch
            {
                // No point waiting for the others to become ready once one cannot.
                await abandon.CancelAsync();
                throw;
            }
        }).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        catch (Exception first)
        {
            await StopAsync(Members.Reverse());
            // The member that failed explains the failure; the others were only abandoned because of it.
            var cause = starts.Select(s => s.Exception?.InnerException).FirstOrDefault(e => e is not (null or OperationCanceledException)) ?? first;
            ExceptionDispatchInfo.Throw(cause);
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
