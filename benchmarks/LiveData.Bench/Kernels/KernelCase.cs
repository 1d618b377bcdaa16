using LiveData.Bench.Reporting;

namespace LiveData.Bench.Kernels;

/// <summary>
/// One measured kernel: ev44 decode plus histogramming of a message, the numpy call it is compared with,
/// its target, and the bytes per event that bound it by memory bandwidth.
/// </summary>
internal abstract class KernelCase : IDisposable
{
    /// <summary>The figure name, e.g. "monitor 1-D, 100 bins".</summary>
    public abstract string Name { get; }

    /// <summary>The target for the figure, if it sets one.</summary>
    public abstract BenchTarget? Target { get; }

    /// <summary>The numpy call that produces the same histogram from the same events.</summary>
    public abstract NumpyCall Numpy { get; }

    /// <summary>The events it runs on; cases that share events share numpy's timing of them.</summary>
    public abstract EventSet Events { get; }

    /// <summary>Threads the kernel runs on; the memory-bandwidth bound is measured with as many.</summary>
    public virtual int Threads => 1;

    /// <summary>Bytes per event that must move to or from memory, and which ones (named in the bound figure).</summary>
    public abstract (int Bytes, string What) Traffic { get; }

    /// <summary>Decodes one ev44 message and histograms its events; returns how many were counted.</summary>
    public abstract long Add(ReadOnlyMemory<byte> ev44);

    /// <summary>Ends a pass over all messages (timed with it); returns how many events the pass counted.</summary>
    /// <param name="added">The sum of what <see cref="Add"/> returned in the pass.</param>
    public virtual long EndPass(long added) => added;

    public abstract void Clear();

    public virtual void Dispose()
    {
    }
}
