using BoDi;

namespace LiveData.Bdd;

/// <summary>
/// A BoDi container that remembers the objects it constructs, so they can be disposed in reverse order of
/// creation with IAsyncDisposable awaited and every failure collected. BoDi's own Dispose is not used: it
/// only knows IDisposable and stops at the first exception. Instances registered from outside stay the
/// registrar's to dispose.
/// </summary>
internal sealed class TrackedObjectContainer
{
    private readonly List<object> _created = [];
    private readonly Lock _createdLock = new();

    public TrackedObjectContainer(IObjectContainer? parent)
    {
        Container = new ObjectContainer(parent);
        Container.ObjectCreated += created =>
        {
            lock (_createdLock)
            {
                _created.Add(created);
            }
        };
    }

    public ObjectContainer Container { get; }

    /// <returns>The exceptions thrown while disposing; empty when all went well.</returns>
    public async Task<IReadOnlyList<Exception>> DisposeCreatedObjectsAsync()
    {
        object[] created;
        lock (_createdLock)
        {
            created = [.. _created];
            _created.Clear();
        }

        var errors = new List<Exception>();
        foreach (var instance in created.Reverse())
        {
            try
            {
                if (instance is IAsyncDisposable asyncDisposable)
                {
                    await asyncDisposable.DisposeAsync().ConfigureAwait(false);
                }
                else if (instance is IDisposable disposable)
                {
                    disposable.Dispose();
                }
            }
            catch (Exception e)
            {
                errors.Add(e);
            }
        }

        return errors;
    }
}
