using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using LiveData.Instruments;
using LiveData.Instruments.Geometry;

namespace LiveData.Tests.Geometry;

/// <summary>
/// The synthetic geometries: every bank of every instrument with exactly its detector numbers, and positions checked
/// by hand for the shapes the layouts promise (written to a file and read back).
/// </summary>
public sealed class SyntheticGeometryTests : IDisposable
{
    private const double Tolerance = 1e-9;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-synthetic-");

    public void Dispose() => _folder.Delete(recursive: true);

    private InstrumentGeometry WriteAndRead(string instrument)
    {
        var path = Path.Combine(_folder.FullName, instrument + ".nxs");
        NexusFileWriter.Write(path, SyntheticGeometry.For(InstrumentCatalog.Get(instrument)));
        return NexusGeometryReader.Read(path);
    }

    public static TheoryData<string> Instruments => [.. InstrumentCatalog.Names];

    [Theory]
    [MemberData(nameof(Instruments))]
    public void Every_bank_has_exactly_its_detector_numbers_in_order_and_every_monitor_is_placed(string name)
    {
        var instrument = InstrumentCatalog.Get(name);

        var content = SyntheticGeometry.For(instrument);

        content.Detectors.Select(d => d.Name).Should().Equal(instrument.Detectors.Select(d => d.Name));
        content.Monitors.Select(m => m.Name).Should().Equal(instrument.Monitors);
        foreach (var (detector, bank) in content.Detectors.Zip(instrument.Detectors))
        {
            detector.PixelCount.Should().Be(bank.LastDetectorNumber - bank.FirstDetectorNumber + 1, detector.Name);
            detector.Shape.Aggregate(1L, (p, n) => p * n).Should().Be(detector.PixelCount, detector.Name);
            Enumerable.Range(0, detector.PixelCount).All(i => detector.DetectorNumbers[i] == bank.FirstDetectorNumber + i)
                .Should().BeTrue($"{detector.Name} numbers its pixels from {bank.FirstDetectorNumber} in order");
        }
        content.Monitors.Select(m => m.Chain.Count).Should().AllSatisfy(n => n.Should().BePositive());
    }

    [Fact]
    public void Dream_mantle_is_a_cylinder_of_1_1_to_1_25_m_around_the_beam_and_the_source_is_76_55_m_upstream()
    {
        var dream = WriteAndRead("dream");
        var mantle = dream.ComputePixels("mantle_detector");

        dream.L1.Should().BeApproximately(Math.Sqrt(76.55 * 76.55 + 0.003478 * 0.003478), Tolerance);
        dream.Detector("mantle_detector").Shape.Should().Equal(5, 6, 2, 32, 256);
        var radii = mantle.Positions.Select(p => Math.Sqrt(p.X * p.X + p.Y * p.Y)).ToList();
        radii.Min().Should().BeApproximately(1.1, Tolerance);
        radii.Max().Should().BeApproximately(1.1 + 31 * 0.0048, Tolerance);
        // Pixel 0 (column 0, strip 0, wire 0): angle −115° + 230°·0.5/60 from straight down, 1.7 m·(0.5/256 − 0.5) along z.
        // The cylinder about the frame's y axis is turned 90° about x: (x, y, z) ↦ (x, −z, y).
        var angle = (-115 + 230 * 0.5 / 60) * Math.PI / 180;
        mantle.Positions[0].ShouldBeAt(1.1 * Math.Sin(angle), -1.1 * Math.Cos(angle), 1.7 * (0.5 / 256 - 0.5), Tolerance);
        // Pixel 256 is wire 1 of the same column and strip: 4.8 mm further out.
        radii[256].Should().BeApproximately(1.1048, Tolerance);
    }

    [Fact]
    public void Dream_endcaps_are_planes_upstream_and_downstream()
    {
        var dream = WriteAndRead("dream");

        dream.ComputePixels("endcap_backward_detector").Positions.Should().AllSatisfy(p => p.Z.Should().BeApproximately(-1.3, Tolerance));
        dream.ComputePixels("endcap_forward_detector").Positions.Should().AllSatisfy(p => p.Z.Should().BeApproximately(1.7, Tolerance));
    }

    [Fact]
    public void Loki_rear_bank_rides_the_logged_detector_carriage_5_098_m_downstream()
    {
        var loki = WriteAndRead("loki");
        const string carriage = "/entry/instrument/loki_detector_0/transformations/detector_carriage";

        // Pixel 0: first pixel of the first straw of the first tube, layer 0, at the panel's corner.
        var tubesPerLayer = 448 / 4;
        var height = tubesPerLayer * 0.0084;
        loki.ComputePixels("loki_detector_0").Positions[0].ShouldBeAt(0.5 / 256 - 0.5, height * (0.5 / (tubesPerLayer * 7) - 0.5), 5.098, Tolerance);
        loki.LoggedTransformations.Select(t => t.Path).Should().Contain(carriage);
        var moved = loki.WithTransformationValue(carriage, 1000);
        moved.ComputePixels("loki_detector_0").Positions[0].Z.Should().BeApproximately(6.098, Tolerance);
        loki.Monitor("beam_monitor_m2").DependsOn.IsMoving.Should().BeTrue();
        loki.Monitor("beam_monitor_m2").Position.ShouldBeAt(0, 0, -2.04, Tolerance);
    }

    [Fact]
    public void Loki_frame_banks_leave_a_window_around_the_beam()
    {
        var loki = WriteAndRead("loki");

        foreach (var bank in Enumerable.Range(1, 8).Select(i => $"loki_detector_{i}"))
        {
            var positions = loki.ComputePixels(bank).Positions;
            positions.Should().AllSatisfy(p => Math.Max(Math.Abs(p.X), Math.Abs(p.Y)).Should().BeGreaterThan(0.5 - Tolerance), bank);
        }
        // Bank 2 is the left side of the mid window: its top-panel layout turned 90° about z, so every pixel has x < −0.5.
        loki.ComputePixels("loki_detector_2").Positions.Should().AllSatisfy(p => p.X.Should().BeLessThan(-0.5));
    }

    [Fact]
    public void Magic_banks_lie_on_a_cylinder_about_the_vertical_axis_and_turn_with_a_logged_angle()
    {
        var magic = WriteAndRead("magic");
        var bankA = magic.ComputePixels("magic_detector_a");

        // Pixel 0: segment 0 of 120 over 20°…140°, strip 0 of 128 over 0.5 m, wire 0 at 0.9 m.
        var angle = (20 + 120 * 0.5 / 120) * Math.PI / 180;
        bankA.Positions[0].ShouldBeAt(0.9 * Math.Sin(angle), 0.5 * (0.5 / 128 - 0.5), 0.9 * Math.Cos(angle), Tolerance);
        // Wire w (index w·128·120) is a layer 5 mm further out.
        var wire3 = bankA.Positions[3 * 128 * 120];
        Math.Sqrt(wire3.X * wire3.X + wire3.Z * wire3.Z).Should().BeApproximately(0.915, Tolerance);
        magic.LoggedTransformations.Select(t => t.Path).Should().Equal(
            "/entry/instrument/magic_detector_a/transformations/rotation",
            "/entry/instrument/magic_detector_b/transformations/rotation");
    }

    [Fact]
    public void Estia_multiblade_scatters_horizontally_on_an_arm_turned_by_its_detector_rotation()
    {
        var estia = WriteAndRead("estia");
        var multiblade = estia.ComputePixels("multiblade_detector");

        // Pixel 0: blade·wire column 0 of 1536 across 0.5 m (x), strip 0 of 64 up 0.25 m (y), 4 m out, then 1.2° about y.
        var (x, y, a) = (0.5 * (0.5 / 1536 - 0.5), 0.25 * (0.5 / 64 - 0.5), 1.2 * Math.PI / 180);
        multiblade.Positions[0].ShouldBeAt(x * Math.Cos(a) + 4 * Math.Sin(a), y, -x * Math.Sin(a) + 4 * Math.Cos(a), Tolerance);
        // The next strip is the next row up (index 1536); the next wire the next column across.
        multiblade.Positions[1536].Y.Should().BeApproximately(y + 0.25 / 64, Tolerance);
        multiblade.Positions[1].Y.Should().BeApproximately(y, Tolerance);
        estia.Detector("multiblade_detector").DependsOn.Links.Select(l => l.Path).Should().Contain("/entry/instrument/multiblade_detector/transformations/detector_rotation");
    }

    [Fact]
    public void Dummy_panel_sits_2_m_downstream_on_the_motion1_stage()
    {
        var dummy = WriteAndRead("dummy");
        var corner = -0.25 + 0.5 * 0.5 / 128;

        dummy.ComputePixels("panel_0").Positions[0].ShouldBeAt(corner, corner, 2, Tolerance);
        // Pixel 1 is the next x (the fast axis of (y, x)).
        dummy.ComputePixels("panel_0").Positions[1].ShouldBeAt(corner + 0.5 / 128, corner, 2, Tolerance);
        var moved = dummy.WithTransformationValue("/entry/instrument/panel_0/transformations/motion1", 10);
        moved.ComputePixels("panel_0").Positions[0].ShouldBeAt(corner + 0.01, corner, 2, Tolerance);
        dummy.L1.Should().BeApproximately(30, Tolerance);
    }
}
