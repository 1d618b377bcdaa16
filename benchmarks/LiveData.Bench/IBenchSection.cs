namespace LiveData.Bench;

/// <summary>One part of <c>livedata-bench</c> (kernels, pipeline, latency, suite, memory, fuzz).</summary>
public interface IBenchSection
{
    /// <summary>The sub-command name, e.g. <c>kernels</c>.</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Measures and records its figures in <see cref="BenchContext.Report"/>; throws when it cannot measure.</summary>
    Task RunAsync(BenchContext context, CancellationToken cancellationToken);
}
