using LiveData.Bench.Reporting;
using LiveData.Wire.Ev44;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.Parameters;

namespace LiveData.Bench.Kernels;

/// <summary>A monitor: a 1-D time-of-arrival histogram over one pulse period, in the product's double counts.</summary>
internal sealed class MonitorKernelCase : KernelCase
{
    private readonly TimeOfArrivalHistogramKernel _kernel;
    private readonly double[] _counts;

    public MonitorKernelCase(int bins, EventSet events)
    {
        Events = events;
        _kernel = new TimeOfArrivalHistogramKernel(new TimeOfArrivalBinner(new TimeOfArrivalEdges(0, events.TimeOfArrivalStopNs, bins, "linear", "ns")));
        _counts = new double[bins];
        Numpy = new NumpyCall("toa", bins);
        Name = $"monitor 1-D, {bins} bins";
    }

    public override string Name { get; }

    public override BenchTarget? Target => BenchTarget.RatioAtLeast(10);

    public override NumpyCall Numpy { get; }

    public override EventSet Events { get; }

    public override (int Bytes, string What) Traffic => (4, "4 B/event: time of arrival");

    public override long Add(ReadOnlyMemory<byte> ev44) => _kernel.Add(Ev44View.Read(ev44.Span).TimeOfFlight, _counts);

    public override void Clear() => Array.Clear(_counts);
}
