namespace LiveData.Bdd.Xunit;

/// <summary>
/// Disposes a scenario's asynchronously disposable objects when it ends, newest first, after its after-scenario hooks,
/// whether or not a step or hook failed: Reqnroll's container disposes only <see cref="IDisposable"/> objects, and skips
/// the remaining after-scenario hooks when one throws, so neither can be relied on to stop processes. Objects the
/// scenario container creates are tracked by themselves; a binding adds any instance it registers itself.
/// </summary>
public sealed class ScenarioDisposables
{
    private readonly Lock _gate = new();
    private readonly List<IAsyncDisposable> _tracked = [];

    public void Add(IAsyncDisposable disposable)
    {
        lock (_gate)
        {
            _tracked.Add(disposable);
        }
    }

    internal void Track(object created)
    {
        if (created is IAsyncDisposable disposable)
        {
            Add(disposable);
        }
    }

    /// <returns>Every failure, after every object had its turn.</returns>
    internal async Task<IReadOnlyList<Exception>> DisposeAllAsync()
    {
        List<IAsyncDisposable> newestFirst;
        lock (_gate)
        {
            newestFirst = [.. Enumerable.Reverse(_tracked)];
            _tracked.Clear();
        }

        var failures = new List<Exception>();
        foreach (var disposable in newestFirst)
        {
            try
            {
                await disposable.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e)
            {
                failures.Add(e);
            }
        }

        return failures;
    }
}
