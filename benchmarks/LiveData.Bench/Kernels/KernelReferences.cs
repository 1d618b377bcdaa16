namespace LiveData.Bench.Kernels;

/// <summary>What every kernel case is timed against on the same events: numpy's fastest expression and the plain C loop.</summary>
internal sealed record KernelReferences(NumpyReference Numpy, CLoopReference CLoop);
