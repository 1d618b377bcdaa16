using Microsoft.Extensions.Hosting;

namespace LiveData.Services.Hosting;

/// <summary>
/// A host disposed with <c>await using</c>: its singletons (broker, consumers, dashboard) are async-disposable, and the
/// host's synchronous Dispose would block on their DisposeAsync. The generic host is async-disposable; IHost does not say so.
/// </summary>
public static class HostDisposal
{
    public static IAsyncDisposable Asynchronously(this IHost host) =>
        host as IAsyncDisposable ?? throw new ArgumentException($"{host.GetType().Name} cannot be disposed asynchronously", nameof(host));
}
