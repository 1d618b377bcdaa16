using LiveData.Core.Beamline;
using LiveData.Services.Backend;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.DetectorView;

namespace LiveData.Tests.Instruments;

/// <summary>TBL as upstream declares it (config/instruments/tbl/{specs,views,streams}.py).</summary>
public sealed class TblInstrumentTests
{
    private static readonly Instrument Tbl = InstrumentCatalog.Get("tbl");

    [Theory]
    // streams.py detector_fakes: timepix3 (1, 4096**2), He3 banks (1, 400) and (401, 800) "4x100",
    // nGEM (1, 2 * 128**2), multiblade (1, 14 * 64 * 32).
    [InlineData("timepix3_detector", 1, 16_777_216)]
    [InlineData("he3_detector_bank0", 1, 400)]
    [InlineData("he3_detector_bank1", 401, 800)]
    [InlineData("ngem_detector", 1, 32_768)]
    [InlineData("multiblade_detector", 1, 28_672)]
    public void Detector_number_ranges_are_upstreams(string detector, int first, int last)
    {
        var bank = Tbl.Detectors.Single(d => d.Name == detector);

        (bank.FirstDetectorNumber, bank.LastDetectorNumber).Should().Be((first, last));
        bank.LogicalShape.Aggregate(1, (n, d) => n * d.Value).Should().Be(last - first + 1);
    }

    [Fact]
    public void Detectors_monitors_and_the_orca_are_upstreams()
    {
        // specs.py detector_names (the ORCA is not listed: it has no detector numbers), monitor_names.
        Tbl.Detectors.Select(d => d.Name).Should().Equal("timepix3_detector", "multiblade_detector", "he3_detector_bank0", "he3_detector_bank1", "ngem_detector");
        Tbl.Monitors.Should().Equal("monitor_1");
        // streams.py area_detector_fakes: {'orca_detector': (512, 512)}.
        Tbl.AreaDetectors.Should().Equal(new AreaDetector("orca_detector", 512, 512));
    }

    [Fact]
    public void Workflows_have_upstreams_names_and_services()
    {
        // specs.py: monitor specs, four logical views, the ORCA spec; the choppers (bwc_2, bwc_1) imply wavelength_lut (instrument.py).
        Tbl.Workflows.Select(w => (w.Id.ToString(), w.ServiceName, w.Title)).Should().Equal(
            ("tbl/monitor_histogram/1", "monitor_data", "Monitor histogram"),
            ("tbl/tbl_detector_timepix3/1", "detector_data", "Timepix3 Detector"),
            ("tbl/multiblade_detector_view/1", "detector_data", "Multiblade Detector"),
            ("tbl/he3_detector_view/1", "detector_data", "He3 Detector"),
            ("tbl/ngem_detector_view/1", "detector_data", "NGEM Detector"),
            ("tbl/tbl_area_detector_orca/1", "detector_data", "Orca Detector"),
            ("tbl/wavelength_lut/1", "timeseries", "Wavelength lookup table"),
            ("tbl/timeseries_data/1", "timeseries", "Timeseries"));
        Workflow("he3_detector_view").SourceNames.Should().Equal("he3_detector_bank0", "he3_detector_bank1");
        Workflow("tbl_area_detector_orca").SourceNames.Should().Equal("orca_detector");
    }

    [Fact]
    public void Views_with_rois_are_the_2d_ones()
    {
        // specs.py roi_support=True everywhere; the 3-D multiblade view has none here (LiveData's ROIs need a 2-D screen).
        foreach (var name in new[] { "tbl_detector_timepix3", "he3_detector_view", "ngem_detector_view" })
        {
            Workflow(name).Output(DetectorViewSpec.RoiSpectraCumulative).Should().NotBeNull(name);
        }
        Workflow("multiblade_detector_view").Output(DetectorViewSpec.RoiSpectraCumulative).Should().BeNull();
    }

    [Fact]
    public void The_multiblade_view_folds_detector_numbers_into_blade_wire_strip()
    {
        // views.py get_multiblade_view: fold detector_number into blade 14, wire -1 (= 32), strip 64; output_ndim=3.
        var image = Image("multiblade_detector_view", "multiblade_detector", 1, 64 + 2, 64 * 32 + 1, 28_672);

        image.Data.Dims.Should().Equal("blade", "wire", "strip");
        image.Data.Shape.Should().Equal(14L, 32L, 64L);
        var values = image.Data.DoubleValues;
        values[0].Should().Be(1);
        values[64 + 1].Should().Be(1, "detector number 66 is blade 0, wire 1, strip 1");
        values[64 * 32].Should().Be(1, "detector number 2049 starts blade 1");
        values[^1].Should().Be(1);
    }

    [Fact]
    public void The_he3_view_shows_each_bank_as_tube_by_pixel()
    {
        // views.py get_he3_detector_view renames dim_0, dim_1 to tube, pixel; streams.py "4x100" per bank.
        var image = Image("he3_detector_view", "he3_detector_bank1", 401, 401 + 100 + 7);

        image.Data.Dims.Should().Equal("tube", "pixel");
        image.Data.Shape.Should().Equal(4L, 100L);
        image.Data.DoubleValues[0].Should().Be(1);
        image.Data.DoubleValues[100 + 7].Should().Be(1, "bank 1 numbers from 401: 508 is tube 1, pixel 7");
    }

    [Fact]
    public void The_ngem_view_sums_dim_0()
    {
        // specs.py: identity transform with reduction_dim='dim_0' over the 2 × 128 × 128 nGEM.
        var image = Image("ngem_detector_view", "ngem_detector", 1, 128 * 128 + 1, 130);

        image.Data.Dims.Should().Equal("dim_1", "dim_2");
        image.Data.Shape.Should().Equal(128L, 128L);
        image.Data.DoubleValues[0].Should().Be(2, "detector numbers 1 and 16385 are the same pixel of the two dim_0 layers");
        image.Data.DoubleValues[129].Should().Be(1);
    }

    [Fact]
    public void The_timepix3_view_is_512_by_512_with_8_by_8_pixels_summed()
    {
        // views.py fold_image: dim_0 → x (512, x_bin -1 = 8), dim_1 → y (512, y_bin 8), reduction_dim x_bin, y_bin.
        var view = Timepix3Panel.DownsampledImage(4096, 512);

        view.PixelCount.Should().Be(4096 * 4096);
        view.ScreenDims.Should().Equal("x", "y");
        view.ScreenShape.Should().Equal(512L, 512L);
    }

    [Fact]
    public void Downsampling_puts_each_bin_by_bin_block_on_one_image_pixel()
    {
        // A 16 × 16 panel downsampled to 4 × 4 in the same way as the 4096 × 4096 one to 512 × 512.
        var map = Timepix3Panel.DownsampledImage(16, 4).ScreenIndexOfPixels();

        for (var dim0 = 0; dim0 < 16; dim0++)
        {
            for (var dim1 = 0; dim1 < 16; dim1++)
            {
                map[dim0 * 16 + dim1].Should().Be(dim0 / 4 * 4 + dim1 / 4);
            }
        }
    }

    [Fact]
    public void A_panel_that_does_not_divide_into_the_image_is_refused()
    {
        var fold = () => Timepix3Panel.DownsampledImage(1000, 512);

        fold.Should().Throw<ArgumentException>().WithMessage("*1000*512*");
    }

    [Fact]
    public void Prod_streams_are_upstreams()
    {
        // streams.py _make_tbl_detectors, _make_tbl_area_detectors; _ess.py _make_cbm_monitors (cbm1 on tbl_beam_monitor).
        Tbl.ProdStreams.Should().BeEquivalentTo(new ProdStream[]
        {
            new("tbl_detector_tpx3", "timepix3", "timepix3_detector"),
            new("tbl_detector_mb", "multiblade", "multiblade_detector"),
            new("tbl_detector_3he", "bank0", "he3_detector_bank0"),
            new("tbl_detector_3he", "bank1", "he3_detector_bank1"),
            new("tbl_detector_ngem", "tbl-ngem", "ngem_detector"),
            new("tbl_area_detector_orca", "hama_kfk1", "orca_detector"),
            new("tbl_beam_monitor", "cbm1", "monitor_1"),
        });
    }

    [Fact]
    public void Dev_streams_are_each_detector_under_its_own_name_covering_its_range()
    {
        // _ess.py make_dev_stream_mapping: detectors and area detectors under their own names, monitors as monitor1..
        Tbl.DetectorStreams.Should().Equal(Tbl.Detectors.Select(DetectorStream.Of));
    }

    [Theory]
    [InlineData("detector_data", "tbl_detector_3he", "bank1", "he3_detector_bank1")]
    [InlineData("detector_data", "tbl_detector_ngem", "tbl-ngem", "ngem_detector")]
    [InlineData("detector_data", "tbl_area_detector_orca", "hama_kfk1", "orca_detector")]
    [InlineData("monitor_data", "tbl_beam_monitor", "cbm1", "monitor_1")]
    public void Services_reading_prod_names_map_them_to_the_stream(string service, string topic, string sourceName, string stream)
    {
        var routes = BackendServiceCatalog.RoutesFor(service, Tbl, InstrumentTopics.For("tbl"), dev: false);

        routes.Topics.Should().Contain(topic);
        routes.Resolve(topic, sourceName).Should().Be(stream);
    }

    [Fact]
    public void The_orca_is_read_in_dev_under_its_own_name_on_the_area_detector_topic()
    {
        // _ess.py _make_dev_area_detectors: {instrument}_area_detector, source_name = the detector's name.
        var routes = BackendServiceCatalog.RoutesFor("detector_data", Tbl, InstrumentTopics.For("tbl"), dev: true);

        routes.Resolve("tbl_area_detector", "orca_detector").Should().Be("orca_detector");
        routes.Resolve("tbl_detector", "timepix3_detector").Should().Be("timepix3_detector");
    }

    private static WorkflowSpec Workflow(string name) => Tbl.Workflows.Single(w => w.Id.Name == name);

    private static DataArray Image(string workflow, string source, params int[] detectorNumbers)
    {
        var spec = Workflow(workflow);
        var view = spec.Factory.Create(source, spec.Factory.DefaultParams, NoInstrumentFiles.Instance);
        view.Accumulate(new EventStreamData(source, [Ev44Encoder.Encode(source, 0, [0], [0], new int[detectorNumbers.Length], detectorNumbers)]));
        return view.Finalize()["current"];
    }
}
