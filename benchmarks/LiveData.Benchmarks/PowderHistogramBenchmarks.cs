using LiveData.Instruments.Geometry.Samples;
using LiveData.Workflows.Powder;

namespace LiveData.Benchmarks;

/// <summary>
/// DREAM's powder reduction per event on the mantle (1.2 M pixels): silicon's events through the synthetic geometry and
/// the ideal-source lookup table, histogrammed over (fine 2θ, d) with Lorentz weights. One operation is one event.
/// </summary>
[MemoryDiagnoser]
public class PowderHistogramBenchmarks
{
    private const int Events = 1 << 21;
    private const string Bank = "mantle_detector";
    private PowderHistogram _histogram = null!;
    private int[] _pixelIds = null!;
    private int[] _eventTimeOffsets = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dream = SyntheticInstrument.Of("dream");
        _histogram = new PowderHistogram(PowderPixels.Of(dream.Table, dream.Geometry, Bank), dream.Table, PowderParams.Default);
        (_pixelIds, _eventTimeOffsets) = dream.SampleEvents(KnownSamples.Get("dream", "silicon"), Bank, Events, distinct: 1 << 18, seed: 46);
    }

    [Benchmark(OperationsPerInvoke = Events)]
    public void Add() => _histogram.Add(_pixelIds, _eventTimeOffsets);
}
