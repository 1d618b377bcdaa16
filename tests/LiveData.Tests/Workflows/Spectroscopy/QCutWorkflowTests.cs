using System.Text.Json;
using LiveData.Core.Data;
using LiveData.Wire.Ev44;
using LiveData.Workflows;
using LiveData.Workflows.Spectroscopy;

namespace LiveData.Tests.Workflows.Spectroscopy;

/// <summary>
/// One neutron of λ_i = 4 Å into pixel 1 of <see cref="FiveArcs"/> (arc 0, E_f = 2.7 meV, 2θ = 90°), by hand:
/// E_i = 81.80421 / 16 = 5.112763 meV, so ΔE = 2.412763 meV; k_i = 2π / 4 = 1.570796 1/Å along z and k⃗_f = 1.141495 x̂,
/// so Q⃗ = (−1.141495, 0, 1.570796) and |Q| = 1.941755 1/Å. Its event_time_offset is 4·10⁷ ns at the sample plus the
/// secondary flight.
/// </summary>
public sealed class QCutWorkflowTests : IDisposable
{
    private const int EventTimeOffset = 4 * FiveArcs.Ns + FiveArcs.SecondaryNs;

    // 0.1 wide bins from −2: unturned, Qx = −1.1415 is in bin 8 and Qz = 1.5708 in bin 35.
    private const string QxQz = """{"axis1":{"axis":"Qx","start":-2.0,"stop":2.0,"num_bins":40},"axis2":{"axis":"Qz","start":-2.0,"stop":2.0,"num_bins":40}}""";
    private readonly FiveArcs _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void The_Q_map_counts_the_event_at_its_energy_transfer_and_Q_on_its_arc()
    {
        // 0.01 wide bins: |Q| = 1.9418 in bin 4 of 1.9–2.0, ΔE = 2.4128 in bin 4 of 2.0–3.0 (0.1 wide).
        var cut = Run(QMapSpec.QMap("bifrost", FiveArcs.Bank),
            """{"q_edges":{"start":1.9,"stop":2.0,"num_bins":10},"energy_edges":{"start":2.0,"stop":3.0,"num_bins":10}}""", [1], [EventTimeOffset]);

        cut.Data.Dims.Should().Equal("arc", "ΔE", "Q");
        cut.Data.Shape.Should().Equal(5L, 10L, 10L);
        cut.Data.Unit.Should().Be("counts*Å/pC");
        cut.Coord("arc")!.ToDoubles().Should().Equal(2.7, 3.2, 3.8, 4.4, 5.0);
        cut.Coord("ΔE")!.Unit.Should().Be("meV");
        cut.Coord("Q")!.Unit.Should().Be("1/Å");
        cut.Coord("Q")!.Length.Should().Be(11);
        OnlyCell(cut).Should().Be((0 * 10 + 4) * 10 + 4);
        cut.Data.Variances!.Sum().Should().BeApproximately(FiveArcs.WeightAt4Angstrom * FiveArcs.WeightAt4Angstrom, 1e-12);
    }

    [Fact]
    public void Energy_edges_in_micro_electronvolts_bin_the_same_event()
    {
        var cut = Run(QMapSpec.QMap("bifrost", FiveArcs.Bank),
            """{"q_edges":{"start":1.9,"stop":2.0,"num_bins":10},"energy_edges":{"start":2412.0,"stop":2414.0,"num_bins":2,"unit":"μeV"}}""", [1], [EventTimeOffset]);

        cut.Coord("ΔE")!.Unit.Should().Be("μeV");
        cut.Coord("ΔE")!.ToDoubles().Should().Equal(2412, 2413, 2414);
        OnlyCell(cut).Should().Be(0 * 10 + 4, "ΔE = 2412.763 μeV falls in the first bin");
    }

    [Fact]
    public void The_elastic_map_places_the_event_at_its_Qx_and_Qz_turned_by_the_sample_rotation()
    {
        var spec = QMapSpec.ElasticQMap("bifrost", FiveArcs.Bank);
        var workflow = Create(spec, QxQz);
        workflow.Accumulate(Events([1], [EventTimeOffset]));

        OnlyCell(workflow.Finalize()["cut_data"]).Should().Be(35 * 40 + 8);

        // a3 = 90° logged before the pulse at 10 ns: Q⃗_sample = R_y(−90°) Q⃗_lab gives Qx = −Qz_lab = −1.5708 (bin 4)
        // and Qz = Qx_lab = −1.1415 (bin 8).
        workflow.Reset();
        workflow.Accumulate(new LogStreamData(QMapSpec.SampleRotationStream, [new LogSample(1, 0), new LogSample(2, 90)]));
        workflow.Accumulate(Events([1], [EventTimeOffset], pulseTimeNs: 10));

        var turned = workflow.Finalize()["cut_data"];
        turned.Data.Dims.Should().Equal("arc", "Qz", "Qx");
        OnlyCell(turned).Should().Be(8 * 40 + 4);
    }

    [Fact]
    public void Each_pulse_is_turned_by_the_rotation_logged_at_or_before_it()
    {
        var workflow = Create(QMapSpec.ElasticQMap("bifrost", FiveArcs.Bank), QxQz);
        workflow.Accumulate(new LogStreamData(QMapSpec.SampleRotationStream, [new LogSample(100, 90)]));

        // One message, two pulses: at 50 ns (before any a3: 0°) and at 150 ns (a3 = 90°).
        workflow.Accumulate(new EventStreamData(FiveArcs.Detector,
            [Ev44Encoder.Encode(FiveArcs.Detector, 0, [50, 150], [0, 1], [EventTimeOffset, EventTimeOffset], [1, 1])]));

        var values = workflow.Finalize()["cut_data"].Data.ToDoubles();
        values[35 * 40 + 8].Should().BeApproximately(FiveArcs.WeightAt4Angstrom, 1e-12, "the first pulse is not turned");
        values[8 * 40 + 4].Should().BeApproximately(FiveArcs.WeightAt4Angstrom, 1e-12, "the second pulse is turned by 90°");
    }

    [Fact]
    public void An_older_rotation_sample_arriving_later_does_not_replace_the_newest()
    {
        var workflow = (QCutWorkflow)Create(QMapSpec.ElasticQMap("bifrost", FiveArcs.Bank), "{}");

        workflow.Accumulate(new LogStreamData(QMapSpec.SampleRotationStream, [new LogSample(2, 30)]));
        workflow.Accumulate(new LogStreamData(QMapSpec.SampleRotationStream, [new LogSample(1, 60)]));

        workflow.SampleRotationDegrees.Should().BeApproximately(30, 1e-9);
    }

    [Fact]
    public void A_custom_axis_is_normalised_and_named_by_its_components()
    {
        // (2, 0, 0) is x̂: Qx = −1.1415 in bin 8; (0, 0, 1) is ẑ: Qz = 1.5708 in bin 35.
        var cut = Run(QMapSpec.CustomElasticQMap("bifrost", FiveArcs.Bank),
            """{"axis1":{"qx":2.0,"qy":0.0,"qz":0.0},"axis1_edges":{"start":-2.0,"stop":2.0,"num_bins":40},"axis2_edges":{"start":-2.0,"stop":2.0,"num_bins":40}}""",
            [1], [EventTimeOffset]);

        cut.Data.Dims.Should().Equal("arc", "Q_(0.0,0.0,1.0)", "Q_(2.0,0.0,0.0)");
        OnlyCell(cut).Should().Be(35 * 40 + 8);
    }

    [Fact]
    public void An_event_where_the_normalisation_monitor_saw_nothing_is_dropped()
    {
        // 3.97 Å at the sample falls in the monitor's empty bin [3.95, 4.00).
        var cut = Run(QMapSpec.QMap("bifrost", FiveArcs.Bank), "{}", [1], [39_700_000 + FiveArcs.SecondaryNs]);

        cut.Data.ToDoubles().Sum().Should().Be(0);
    }

    [Fact]
    public void Without_a_normalisation_run_the_Q_map_is_not_available_saying_how_to_record_one()
    {
        var files = new WithoutNormalisation(_files);
        var create = () => QMapSpec.QMap("bifrost", FiveArcs.Bank).Factory.Create(FiveArcs.Detector, QMapParams.Default.ToJson(), files);

        create.Should().Throw<LiveData.Workflows.Unavailable.WorkflowNotAvailableException>().WithMessage("*livedata nexus run --instrument bifrost --sample elastic_line*");
    }

    [Fact]
    public void Events_of_pixels_outside_the_bank_are_dropped()
    {
        var cut = Run(QMapSpec.QMap("bifrost", FiveArcs.Bank), "{}", [9, 0], [EventTimeOffset, EventTimeOffset]);

        cut.Data.ToDoubles().Sum().Should().Be(0);
    }

    private DataArray Run(WorkflowSpec spec, string parameters, int[] pixels, int[] eventTimeOffsets)
    {
        var workflow = Create(spec, parameters);
        workflow.Accumulate(Events(pixels, eventTimeOffsets));
        return workflow.Finalize()["cut_data"];
    }

    private IWorkflow Create(WorkflowSpec spec, string parameters)
    {
        using var json = JsonDocument.Parse(parameters);
        return spec.Factory.Create(FiveArcs.Detector, json.RootElement, _files);
    }

    private static EventStreamData Events(int[] pixels, int[] eventTimeOffsets, long pulseTimeNs = 0) =>
        new(FiveArcs.Detector, [Ev44Encoder.Encode(FiveArcs.Detector, 0, [pulseTimeNs], [0], eventTimeOffsets, pixels)]);

    private static int OnlyCell(DataArray cut)
    {
        var values = cut.Data.ToDoubles();
        values.Sum().Should().BeApproximately(FiveArcs.WeightAt4Angstrom, 1e-12, "one 4 Å event was counted, weighted by the monitor");
        return Array.FindIndex(values, v => v > 0);
    }

    private sealed class WithoutNormalisation(FiveArcs files) : IInstrumentFiles
    {
        public LiveData.Geometry.InstrumentGeometry Geometry => files.Geometry;

        public LiveData.Workflows.Wavelength.WavelengthLookupTable LookupTable => files.LookupTable;

        public string DataFilePath(string fileName) => files.DataFilePath("other.nxs");
    }
}
