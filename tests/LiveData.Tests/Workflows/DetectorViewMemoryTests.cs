using LiveData.Workflows.DetectorView;
using LiveData.Workflows.Histogramming;
using LiveData.Workflows.MonitorHistogram;

namespace LiveData.Tests.Workflows;

[CollectionDefinition(nameof(DetectorViewMemory), DisableParallelization = true)]
public sealed class DetectorViewMemory;

/// <summary>
/// What a large detector view holds, managed and native; alone, so that no other test's counts or garbage
/// move the process-wide figures while they are read.
/// </summary>
[Collection(nameof(DetectorViewMemory))]
public sealed class DetectorViewMemoryTests
{
    [Fact]
    public void An_nmx_panel_view_with_rois_holds_one_byte_per_pixel_and_bin_besides_its_images()
    {
        var (managedBefore, nativeBefore) = (GC.GetTotalMemory(forceFullCollection: true), NativeCountsMemory.BytesHeld);

        var view = new DetectorViewWorkflow(PixelScreenMap.Logical(1, LogicalView.Identity(new("x", 1280), new("y", 1280))), MonitorHistogramParams.Default, withRois: true);

        var managed = GC.GetTotalMemory(forceFullCollection: true) - managedBefore;
        var native = NativeCountsMemory.BytesHeld - nativeBefore;
        const long cells = 1280L * 1280 * 100;
        const long images = 2L * 1280 * 1280 * sizeof(double);
        const long screenMap = 1280L * 1280 * sizeof(int);
        native.Should().BeInRange(cells, cells + (2 << 20), "the ROI history is a byte per pixel and bin, rounded up to a 2 MiB page");
        managed.Should().BeLessThan(images + screenMap + (64 << 20), "a double per pixel and bin, for the window and the cumulative, was 2.6 GB");
        GC.KeepAlive(view);
    }

    [Fact]
    public void Disposing_a_view_frees_its_roi_history_at_once()
    {
        var view = new DetectorViewWorkflow(PixelScreenMap.Logical(1, LogicalView.Identity(new("x", 1280), new("y", 1280))), MonitorHistogramParams.Default, withRois: true);
        var held = NativeCountsMemory.BytesHeld;

        view.Dispose();

        (held - NativeCountsMemory.BytesHeld).Should().BeGreaterThanOrEqualTo(1280L * 1280 * 100, "the job ended, and with it the history of its ROI spectra");
        GC.KeepAlive(view);
    }
}
