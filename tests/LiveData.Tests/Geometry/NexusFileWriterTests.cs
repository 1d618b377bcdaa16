using LiveData.Geometry;
using LiveData.Geometry.Nexus;

namespace LiveData.Tests.Geometry;

/// <summary>
/// Files written by <see cref="NexusFileWriter"/> and read back by the readers. The instrument: source 30 m upstream,
/// sample at the origin; a 2×2 bank with pixel offsets x = ±0.1 m, y = 0/0.2 m, placed by "rotate 90° about y, then
/// translate 3 m along x"; a detector on an arm whose angle is logged (30°, 45°) placed 2 m along z and then turned;
/// a monitor 4 m upstream with recorded events.
/// </summary>
public sealed class NexusFileWriterTests : IDisposable
{
    private const double Tolerance = 1e-12;
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-writer-");

    public void Dispose() => _folder.Delete(recursive: true);

    private static readonly Vector3d AxisY = new(0, 1, 0);

    private static InstrumentContent Instrument(EventDataContent? bankEvents = null, EventDataContent? monitorEvents = null) => new(
        "test",
        [
            new DetectorContent("bank", [2, 2], [11, 12, 13, 14], [-0.1, 0.1, -0.1, 0.1], [0, 0, 0.2, 0.2], null,
                [TransformationStep.Rotation("turn", AxisY, 90), TransformationStep.Translation("shift", new Vector3d(3, 0, 0))],
                bankEvents),
            new DetectorContent("arm_detector", [1], [21], null, null, null,
                [
                    TransformationStep.Translation("distance", new Vector3d(0, 0, 2)),
                    TransformationStep.Logged("arm_angle", TransformationType.Rotation, "deg", AxisY, [30, 45]),
                ]),
        ],
        [new ComponentContent("monitor_1", [TransformationStep.Translation("position", new Vector3d(0, 0, -4))], monitorEvents)],
        new ComponentContent("sample", []),
        new ComponentContent("source", [TransformationStep.Translation("position", new Vector3d(0, 0, -30))]));

    private string Write(InstrumentContent content)
    {
        var path = Path.Combine(_folder.FullName, "sub", "instrument.nxs");
        NexusFileWriter.Write(path, content);
        return path;
    }

    private static void ShouldBe(Vector3d actual, double x, double y, double z)
    {
        actual.X.Should().BeApproximately(x, Tolerance);
        actual.Y.Should().BeApproximately(y, Tolerance);
        actual.Z.Should().BeApproximately(z, Tolerance);
    }

    [Fact]
    public void Detectors_keep_their_numbers_shape_and_names_and_components_their_paths()
    {
        var geometry = NexusGeometryReader.Read(Write(Instrument()));

        geometry.Detectors.Select(d => d.Name).Should().BeEquivalentTo("bank", "arm_detector");
        geometry.Detector("bank").DetectorNumbers.Should().Equal(11, 12, 13, 14);
        geometry.Detector("bank").Shape.Should().Equal(2, 2);
        geometry.Monitors.Select(m => m.Path).Should().Equal("/entry/instrument/monitor_1");
        geometry.Sample.Path.Should().Be("/entry/sample");
        geometry.Source!.Path.Should().Be("/entry/instrument/source");
    }

    [Fact]
    public void Positions_read_back_as_the_chain_places_them()
    {
        var geometry = NexusGeometryReader.Read(Write(Instrument()));
        var bank = geometry.ComputePixels("bank");

        ShouldBe(geometry.Source!.Position, 0, 0, -30);
        ShouldBe(geometry.Sample.Position, 0, 0, 0);
        ShouldBe(geometry.Monitor("monitor_1").Position, 0, 0, -4);
        geometry.L1.Should().BeApproximately(30, Tolerance);
        // R_y(90°) maps (x, y, z) to (z, y, −x); then +3 m along x. Offset (−0.1, 0, 0) → (0, 0, 0.1) → (3, 0, 0.1).
        ShouldBe(bank.Positions[0], 3, 0, 0.1);
        ShouldBe(bank.Positions[1], 3, 0, -0.1);
        ShouldBe(bank.Positions[2], 3, 0.2, 0.1);
        ShouldBe(bank.Positions[3], 3, 0.2, -0.1);
        // Pixel 0: L2 = √(9 + 0.01); 2θ is the angle between the beam (0, 0, 1) and (3, 0, 0.1): acos(0.1 / L2).
        var l2 = Math.Sqrt(9.01);
        bank.L2[0].Should().BeApproximately(l2, Tolerance);
        bank.TwoTheta[0].Should().BeApproximately(Math.Acos(0.1 / l2), Tolerance);
    }

    [Fact]
    public void A_logged_step_is_an_NXlog_whose_first_value_places_the_detector_and_which_can_move()
    {
        var geometry = NexusGeometryReader.Read(Write(Instrument()));

        // (0, 0, 2) turned by 30° about y: (2 sin 30°, 0, 2 cos 30°) = (1, 0, √3).
        ShouldBe(geometry.ComputePixels("arm_detector").Positions[0], 1, 0, Math.Sqrt(3));
        geometry.LoggedTransformations.Select(t => t.Path)
            .Should().Equal("/entry/instrument/arm_detector/transformations/arm_angle");
        var moved = geometry.WithTransformationValue("/entry/instrument/arm_detector/transformations/arm_angle", 90);
        ShouldBe(moved.ComputePixels("arm_detector").Positions[0], 2, 0, 0);
    }

    [Fact]
    public void Event_data_reads_back_pulse_by_pulse()
    {
        var bankEvents = new EventDataContent([11, 14, 12], [1_000, 2_000, 3_000], [5_000_000_000, 5_071_428_571], [0, 2]);
        var monitorEvents = new EventDataContent([0], [700], [5_000_000_000, 5_071_428_571], [0, 1]);
        var run = RecordedEventsReader.Read(Write(Instrument(bankEvents, monitorEvents)));

        run.Detectors.Select(d => d.Name).Should().Equal("bank");
        run.Monitors.Select(m => m.Name).Should().Equal("monitor_1");
        var bank = run.Detectors[0];
        bank.PulseCount.Should().Be(2);
        bank.PulseTimeNs(1).Should().Be(5_071_428_571);
        bank.Pulse(0).EventIds.ToArray().Should().Equal(11, 14);
        bank.Pulse(0).TimeOffsetNs.ToArray().Should().Equal(1_000, 2_000);
        bank.Pulse(1).EventIds.ToArray().Should().Equal(12);
        run.Monitors[0].Pulse(0).EventIds.Length.Should().Be(1);
        run.Monitors[0].Pulse(1).EventIds.Length.Should().Be(0);
    }

    [Fact]
    public void A_shape_that_does_not_hold_the_pixels_is_refused()
    {
        var content = Instrument() with
        {
            Detectors = [new DetectorContent("bank", [3], [1, 2], null, null, null, [])],
        };

        var write = () => Write(content);

        write.Should().Throw<ArgumentException>().WithMessage("bank: shape [3] holds 3 pixels, not 2");
    }

    [Fact]
    public void Two_components_with_one_name_are_refused()
    {
        var content = Instrument() with { Monitors = [new ComponentContent("bank", [])] };

        var write = () => Write(content);

        write.Should().Throw<ArgumentException>().WithMessage("/entry/instrument/bank: two components share this name");
    }
}
