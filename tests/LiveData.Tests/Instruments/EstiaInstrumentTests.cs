using LiveData.Wire.Ev44;
using LiveData.Workflows;

namespace LiveData.Tests.Instruments;

/// <summary>ESTIA as upstream's config/instruments/estia/{specs,views,streams}.py define it.</summary>
public sealed class EstiaInstrumentTests
{
    private static readonly Instrument Estia = InstrumentCatalog.Get("estia");

    [Fact]
    public void The_multiblade_detector_has_upstreams_range_and_strip_blade_wire_shape()
    {
        // streams.py detector_fakes: 98,304 pixels, ids 98305–196608; views.py folds by
        // essreflectometry's DETECTOR_BANK_SIZES = {'strip': 64, 'blade': 48, 'wire': 32}.
        var bank = Estia.Detectors.Should().ContainSingle().Subject;
        (bank.Name, bank.FirstDetectorNumber, bank.LastDetectorNumber).Should().Be(("multiblade_detector", 98305, 196608));
        bank.LogicalShape.Select(s => (s.Key, s.Value)).Should().Equal(("strip", 64), ("blade", 48), ("wire", 32));
        Estia.DetectorStreams.Should().Equal(new DetectorStream("multiblade_detector", "multiblade_detector", 98305, 196608));
    }

    [Fact]
    public void The_one_monitor_is_cbm1()
    {
        // specs.py monitors=['cbm1'].
        Estia.Monitors.Should().Equal("cbm1");
    }

    [Fact]
    public void The_workflows_are_upstreams()
    {
        Estia.Workflows.Select(w => (w.Id.ToString(), w.ServiceName, w.Title)).Should().Equal(
            ("estia/monitor_histogram/1", "monitor_data", "Monitor histogram"),
            ("estia/estia_multiblade_detector_view/1", "detector_data", "Multiblade Detector"),
            ("estia/reflectometry_reduction/1", "data_reduction", "Reflectometry reduction"),
            ("estia/timeseries_data/1", "timeseries", "Timeseries"));
        // EstiaReflectometryReductionOutputs.
        Estia.FindWorkflow(new("estia", "reflectometry_reduction", 1))!.Outputs.Select(o => o.Name).Should().Equal("i_of_wavelength", "i_of_q", "i_of_theta_wavelength");
    }

    [Fact]
    public void The_multiblade_view_shows_strip_blade_wire_without_rois()
    {
        var spec = Estia.FindWorkflow(new("estia", "estia_multiblade_detector_view", 1))!;
        var workflow = spec.Factory.Create("multiblade_detector", JsonDocument.Parse("{}").RootElement, NoInstrumentFiles.Instance);
        int[] ids = [98305, 98305 + 32, 98305 + 48 * 32, 196608]; // (0,0,0), blade 1, strip 1, the last pixel
        workflow.Accumulate(new EventStreamData("multiblade_detector", [Ev44Encoder.Encode("multiblade", 0, [0], [0], [.. ids.Select(_ => 1_000_000)], ids)]));

        var image = workflow.Finalize()["current"];

        image.Sizes.Should().Equal(new Dictionary<string, long> { ["strip"] = 64, ["blade"] = 48, ["wire"] = 32 });
        image.Data.DoubleValues[0].Should().Be(1);
        image.Data.DoubleValues[32].Should().Be(1);
        image.Data.DoubleValues[48 * 32].Should().Be(1);
        image.Data.DoubleValues[64 * 48 * 32 - 1].Should().Be(1);
        spec.Outputs.Select(o => o.Name).Should().NotContain("roi_spectra_cumulative", "upstream registers the view with roi_support=False");
    }

    [Fact]
    public void The_spectrum_view_sums_the_strips_into_a_spectrum_per_blade_and_wire()
    {
        // specs.py SpectrumViewSpec(transform=histogram.sum('strip'), output_dims=['blade', 'wire']), no params.
        var spec = Estia.FindWorkflow(new("estia", "estia_multiblade_detector_view", 1))!;
        var workflow = spec.Factory.Create("multiblade_detector", JsonDocument.Parse("{}").RootElement, NoInstrumentFiles.Instance);
        int[] ids = [98305, 98305 + 48 * 32, 98305 + 63 * 48 * 32 + 1, 196608]; // strips 0, 1, 63 of (blade 0, wire 0); (0, 1); the last (47, 31)
        workflow.Accumulate(new EventStreamData("multiblade_detector", [Ev44Encoder.Encode("multiblade", 0, [0], [0], [.. ids.Select(_ => 1_000_000)], ids)]));

        var spectrum = workflow.Finalize()["spectrum_view"];

        spectrum.Sizes.Should().Equal(new Dictionary<string, long> { ["blade"] = 48, ["wire"] = 32, ["time_of_arrival"] = 100 });
        spectrum.Data.DoubleValues.Slice(0, 100).ToArray().Sum().Should().Be(2);
        spectrum.Data.DoubleValues.Slice(100, 100).ToArray().Sum().Should().Be(1);
        spectrum.Data.DoubleValues.Slice((48 * 32 - 1) * 100, 100).ToArray().Sum().Should().Be(1);
        spec.Outputs.Select(o => o.Name).Should().Contain("spectrum_view");
    }

    [Fact]
    public void Reflectometry_reduction_without_a_lookup_table_is_refused_saying_so() =>
        FluentActions.Invoking(() => Estia.FindWorkflow(new("estia", "reflectometry_reduction", 1))!.Factory.Create("multiblade_detector", JsonDocument.Parse("{}").RootElement, NoInstrumentFiles.Instance))
            .Should().Throw<LiveData.Workflows.Unavailable.WorkflowNotAvailableException>().WithMessage("*lookup table*");

    [Fact]
    public void Reflectometry_reduction_outputs_are_upstreams_cumulative_i_of_wavelength_q_and_theta_wavelength() =>
        Estia.FindWorkflow(new("estia", "reflectometry_reduction", 1))!.Outputs.Select(o => (o.Name, o.Title, o.Temporality)).Should().Equal(
            ("i_of_wavelength", "I(λ)", Temporality.Cumulative),
            ("i_of_q", "I(Q)", Temporality.Cumulative),
            ("i_of_theta_wavelength", "I(θ, λ)", Temporality.Cumulative));

    [Fact]
    public void Prod_streams_are_upstreams()
    {
        // streams.py: ('estia_detector', 'multiblade'); monitors as cbm{i} from 1 on estia_beam_monitor.
        Estia.ProdStreams.Should().Equal(
            new ProdStream("estia_detector", "multiblade", "multiblade_detector"),
            new ProdStream("estia_beam_monitor", "cbm1", "cbm1"));
    }

    [Fact]
    public void Nicos_devices_are_upstreams_device_contract()
    {
        // estia/device_contract.yaml.
        Estia.NicosDevices.Select(d => (d.DeviceName, d.WorkflowId.ToString(), d.SourceName, d.OutputName)).Should().Equal(
            ("cbm1_counts_total", "estia/monitor_histogram/1", "cbm1", "counts_total_cumulative"),
            ("multiblade_detector_counts_total", "estia/estia_multiblade_detector_view/1", "multiblade_detector", "counts_total_cumulative"));
    }
}
