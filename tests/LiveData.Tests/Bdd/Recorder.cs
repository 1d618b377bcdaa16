using System.Collections.Concurrent;

namespace LiveData.Tests.Bdd;

/// <summary>Collects what bindings saw, in order, for the test to assert on.</summary>
public sealed class Recorder
{
    private readonly ConcurrentQueue<object?> _entries = new();

    public IReadOnlyList<object?> Entries => [.. _entries];

    public void Add(object? entry) => _entries.Enqueue(entry);
}
