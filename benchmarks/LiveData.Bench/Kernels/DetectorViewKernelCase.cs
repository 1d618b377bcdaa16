using LiveData.Bench.Reporting;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;

namespace LiveData.Bench.Kernels;

/// <summary>
/// A detector view with ROI support as a job runs it: every message through <see cref="DetectorViewWorkflow.Accumulate"/>
/// onto a <c>y</c> × <c>x</c> screen with 100 time-of-arrival bins and one ROI rectangle over the middle quarter,
/// and one <see cref="DetectorViewWorkflow.Finalize"/> per pass (timed with it: a job publishes once per batch).
/// It counts what numpy's pixel × time-of-arrival bincount counts.
/// </summary>
internal sealed class DetectorViewKernelCase : KernelCase
{
    private const int Bins = 100;
    private readonly DetectorViewWorkflow _workflow;

    public DetectorViewKernelCase(string name, EventSet events, int height, int width, (int Bytes, string What) traffic)
    {
        if (height * width != events.PixelCount)
        {
            throw new ArgumentException($"a {height} x {width} screen shows {height * width} pixels, the events cover {events.PixelCount}");
        }
        Name = name;
        Events = events;
        Traffic = traffic;
        var edges = new TimeOfArrivalEdges(0, events.TimeOfArrivalStopNs, Bins, "linear", "ns");
        _workflow = new DetectorViewWorkflow(PixelScreenMap.Logical(events.FirstPixelId, LogicalView.Identity(new("y", height), new("x", width))),
            new MonitorHistogramParams(edges, TimeOfArrivalRange.Default), withRois: true);
        _workflow.Accumulate(new RoiStreamData("bench/roi_rectangle", true,
            new Dictionary<int, ScreenRegion> { [0] = new RectangleRegion(width / 4, 3 * width / 4, height / 4, 3 * height / 4) }));
        Numpy = new NumpyCall("pixel_toa", Bins);
    }

    public override string Name { get; }

    public override BenchTarget? Target => null;

    public override NumpyCall Numpy { get; }

    public override EventSet Events { get; }

    public override (int Bytes, string What) Traffic { get; }

    public override long Add(ReadOnlyMemory<byte> ev44)
    {
        _workflow.Accumulate(new EventStreamData("bench", [ev44]));
        return 0;
    }

    public override long EndPass(long added) =>
        (long)_workflow.Finalize()[TimeOfArrivalOutputs.CountsTotal].Data.Sum();

    public override void Clear() => _workflow.Reset();
}
