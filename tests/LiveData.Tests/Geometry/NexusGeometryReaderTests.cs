using LiveData.Geometry;
using LiveData.Geometry.Nexus;
using PureHDF;
using static LiveData.Tests.Geometry.NexusFiles;

namespace LiveData.Tests.Geometry;

/// <summary>
/// Geometry read from generated NeXus files, checked against arithmetic done by hand. The reference instrument:
/// source 25 m upstream, sample at the origin, a 2×3 bank placed by "translate 2000 mm along z, then rotate 90° about
/// y", a bank on a carriage whose position is an NXlog (mm), and a monitor with an offset.
/// R_y(90°) maps (x, y, z) to (z, y, −x).
/// </summary>
public sealed class NexusGeometryReaderTests : IDisposable
{
    private const double Tolerance = 1e-12;
    private const string Bank = "/entry/instrument/bank";
    private const string Carriage = "/entry/instrument/moving_bank/transformations/carriage";

    private readonly NexusFiles _files = new();

    public void Dispose() => _files.Dispose();

    private static H5File ReferenceInstrument() => File(
        ("entry", Group("NXentry",
            ("sample", Group("NXsample")),
            ("instrument", Group("NXinstrument",
                ("source", Group("NXsource",
                    ("depends_on", Dataset("transformations/position")),
                    ("transformations", Group("NXtransformations",
                        ("position", Transformation("translation", 25.0, "m", [0, 0, -1], ".")))))),
                ("bank", Group("NXdetector",
                    ("detector_number", Dataset(new int[,] { { 1, 2, 3 }, { 4, 5, 6 } })),
                    ("x_pixel_offset", Dataset(new double[] { -10, 0, 10 }, ("units", "mm"))),
                    ("y_pixel_offset", Dataset(new float[] { 0, 20 }, ("units", "mm"))),
                    ("depends_on", Dataset("transformations/distance")),
                    ("transformations", Group("NXtransformations",
                        ("distance", Transformation("translation", 2000, "mm", [0, 0, 1], "rot")),
                        ("rot", Transformation("rotation", 90, "deg", [0, 1, 0], ".")))))),
                ("moving_bank", Group("NXdetector",
                    ("detector_number", Dataset(new ushort[] { 7, 8 })),
                    ("x_pixel_offset", Dataset(new double[] { 0, 0.1 }, ("units", "m"))),
                    ("depends_on", Dataset(Carriage)),
                    ("transformations", Group("NXtransformations",
                        ("carriage", LoggedTransformation("translation", [300, 310, 320], "mm", [0, 0, 1],
                            Bank + "/transformations/rot")))))),
                ("monitor_1", Group("NXmonitor",
                    ("depends_on", Dataset("transformations/z")),
                    ("transformations", Group("NXtransformations",
                        ("z", Transformation("translation", -500, "cm", [0, 0, 1], ".",
                            ("offset", new double[] { 0, 0, 1 }), ("offset_units", "m"))))))))))));

    private static H5Group At(H5File file, string path)
    {
        H5Group group = file;
        foreach (var name in path.Split('/', StringSplitOptions.RemoveEmptyEntries))
            group = (H5Group)group[name];
        return group;
    }

    private InstrumentGeometry Read(H5File file) => NexusGeometryReader.Read(_files.Write(file));

    [Fact]
    public void Reads_every_detector_monitor_sample_and_source()
    {
        var geometry = Read(ReferenceInstrument());

        geometry.Detectors.Select(d => d.Name).Should().BeEquivalentTo("bank", "moving_bank");
        geometry.Monitors.Select(m => m.Path).Should().Equal("/entry/instrument/monitor_1");
        geometry.Sample.Path.Should().Be("/entry/sample");
        geometry.Source!.Path.Should().Be("/entry/instrument/source");
    }

    [Fact]
    public void Detector_numbers_of_any_integer_type_and_shape_are_flattened()
    {
        var geometry = Read(ReferenceInstrument());

        geometry.Detector("bank").DetectorNumbers.Should().Equal(1, 2, 3, 4, 5, 6);
        geometry.Detector("bank").Shape.Should().Equal(2, 3);
        geometry.Detector("moving_bank").DetectorNumbers.Should().Equal(7, 8);
    }

    [Fact]
    public void Source_sample_and_monitor_positions_follow_their_chains()
    {
        var geometry = Read(ReferenceInstrument());

        geometry.Source!.Position.ShouldBeAt(0, 0, -25, Tolerance);   // 25 m · (0, 0, −1)
        geometry.Sample.Position.ShouldBeAt(0, 0, 0, Tolerance);      // no depends_on: the origin
        // offset first, then the translation: (0, 0, 1 m) + (−500 cm = −5 m) · (0, 0, 1) = (0, 0, −4)
        geometry.Monitor("monitor_1").Position.ShouldBeAt(0, 0, -4, Tolerance);
        geometry.L1.Should().BeApproximately(25, Tolerance); // |(0,0,0) − (0,0,−25)|
    }

    [Fact]
    public void Pixel_offsets_broadcast_and_the_chain_translates_then_rotates()
    {
        var pixels = Read(ReferenceInstrument()).ComputePixels("bank");

        // Pixel (row j, column i) has offset (x_i, y_j, 0) with x = (−0.01, 0, 0.01) m from the 3-long
        // x_pixel_offset and y = (0, 0.02) m from the 2-long y_pixel_offset. Translating by 2 m along z gives
        // (x_i, y_j, 2); R_y(90°) turns it into (2, y_j, −x_i).
        pixels.Positions[0].ShouldBeAt(2, 0, 0.01, Tolerance);
        pixels.Positions[1].ShouldBeAt(2, 0, 0, Tolerance);
        pixels.Positions[2].ShouldBeAt(2, 0, -0.01, Tolerance);
        pixels.Positions[3].ShouldBeAt(2, 0.02, 0.01, Tolerance);
        pixels.Positions[4].ShouldBeAt(2, 0.02, 0, Tolerance);
        pixels.Positions[5].ShouldBeAt(2, 0.02, -0.01, Tolerance);
    }

    [Fact]
    public void Every_pixel_gets_L1_L2_and_two_theta()
    {
        var pixels = Read(ReferenceInstrument()).ComputePixels("bank");

        pixels.L1.Should().BeApproximately(25, Tolerance);
        // L2 = |pixel − sample| with the sample at the origin.
        pixels.L2[1].Should().BeApproximately(2, Tolerance);
        pixels.L2[0].Should().BeApproximately(Math.Sqrt(4 + 0.0001), Tolerance);
        pixels.L2[3].Should().BeApproximately(Math.Sqrt(4 + 0.0004 + 0.0001), Tolerance);
        // The beam runs along +z. Pixel 2 at (2, 0, 0) is at right angles to it; pixel 1 at (2, 0, 0.01) leans
        // forward by atan(0.01 / 2); pixel 3 at (2, 0, −0.01) leans back by the same angle.
        pixels.TwoTheta[1].Should().BeApproximately(Math.PI / 2, Tolerance);
        pixels.TwoTheta[0].Should().BeApproximately(Math.PI / 2 - Math.Atan(0.005), Tolerance);
        pixels.TwoTheta[2].Should().BeApproximately(Math.PI / 2 + Math.Atan(0.005), Tolerance);
        // Pixel 4 at (2, 0.02, 0.01): cos 2θ = z / |pixel| = 0.01 / √4.0005.
        pixels.TwoTheta[3].Should().BeApproximately(Math.Acos(0.01 / Math.Sqrt(4.0005)), Tolerance);
        pixels.DetectorNumbers.Should().Equal(1, 2, 3, 4, 5, 6);
    }

    [Fact]
    public void A_logged_translation_takes_the_first_value_and_continues_into_another_chain()
    {
        var geometry = Read(ReferenceInstrument());
        var pixels = geometry.ComputePixels("moving_bank");

        // The carriage's first logged value is 300 mm along z; the chain goes on to the bank's rotation
        // (absolute depends_on). Pixel 7: (0, 0, 0.3) → (0.3, 0, 0); pixel 8: (0.1, 0, 0.3) → (0.3, 0, −0.1).
        pixels.Positions[0].ShouldBeAt(0.3, 0, 0, Tolerance);
        pixels.Positions[1].ShouldBeAt(0.3, 0, -0.1, Tolerance);
        pixels.L2[1].Should().BeApproximately(Math.Sqrt(0.1), Tolerance);           // √(0.09 + 0.01)
        pixels.TwoTheta[1].Should().BeApproximately(Math.PI / 2 + Math.Atan(0.1 / 0.3), Tolerance);
        geometry.LoggedTransformations.Select(t => t.Path).Should().Equal(Carriage);
        geometry.Detector("moving_bank").DependsOn.Links.Select(l => l.Path)
            .Should().Equal(Carriage, Bank + "/transformations/rot");
    }

    [Fact]
    public void A_moving_part_is_evaluated_again_with_a_new_value()
    {
        var geometry = Read(ReferenceInstrument());

        var inMetres = geometry.WithTransformationValue(Carriage, 0.5, "m").ComputePixels("moving_bank");
        var inFileUnits = geometry.WithTransformationValue(Carriage, 400).ComputePixels("moving_bank");

        inMetres.Positions[0].ShouldBeAt(0.5, 0, 0, Tolerance);     // (0, 0, 0.5) → (0.5, 0, 0)
        inMetres.Positions[1].ShouldBeAt(0.5, 0, -0.1, Tolerance);
        inFileUnits.Positions[0].ShouldBeAt(0.4, 0, 0, Tolerance);  // 400 mm
        geometry.ComputePixels("moving_bank").Positions[0].ShouldBeAt(0.3, 0, 0, Tolerance); // the original is unchanged
        geometry.WithTransformationValue(Carriage, 1, "m").ComputePixels("bank").Positions[1].ShouldBeAt(2, 0, 0, Tolerance);
    }

    [Fact]
    public void A_sample_chain_in_radians_and_centimetres()
    {
        var file = ReferenceInstrument();
        var sample = At(file, "/entry/sample");
        sample["depends_on"] = Dataset("transformations/lift");
        sample["transformations"] = Group("NXtransformations",
            ("lift", Transformation("translation", 1, "cm", [0, 0, 1], "tilt")),
            ("tilt", Transformation("rotation", Math.PI / 2, "rad", [1, 0, 0], ".")));

        var geometry = Read(file);

        // R_x(90°) maps (x, y, z) to (x, −z, y): (0, 0, 0.01) → (0, −0.01, 0).
        geometry.Sample.Position.ShouldBeAt(0, -0.01, 0, Tolerance);
        geometry.L1.Should().BeApproximately(Math.Sqrt(625 + 0.0001), Tolerance); // |(0, −0.01, 25)|
    }

    [Fact]
    public void Offsets_of_the_full_shape_and_a_single_value_are_used_per_pixel()
    {
        var file = ReferenceInstrument();
        var bank = At(file, Bank);
        bank["x_pixel_offset"] = Dataset(new double[,] { { 1, 2, 3 }, { 4, 5, 6 } }, ("units", "mm"));
        bank["y_pixel_offset"] = Dataset(7.0, ("units", "mm"));
        bank["z_pixel_offset"] = Dataset(new double[] { 3 }, ("units", "mm"));

        var detector = Read(file).Detector("bank");

        detector.PixelOffsets[0].Should().Be(new Vector3d(0.001, 0.007, 0.003));
        detector.PixelOffsets[5].Should().Be(new Vector3d(0.006, 0.007, 0.003));
    }

    [Fact]
    public void A_cylindrical_pixel_shape_gives_the_pixels_axis_and_radius_in_the_laboratory()
    {
        var file = ReferenceInstrument();
        At(file, Bank)["pixel_shape"] = Group("NXcylindrical_geometry",
            ("vertices", Dataset(new double[,] { { 0, 0, 0 }, { 4, 0, 0 }, { 0, 20, 0 } }, ("units", "mm"))),
            ("cylinders", Dataset(new int[,] { { 0, 1, 2 } })));

        var geometry = Read(file);

        // The bank turns 90° about y: the axis along y stays, the radius along x turns to −z; the translation drops out.
        var (axis, radius) = geometry.Detector("bank").PixelCylinderVectors()!.Value;
        axis.ShouldBeAt(0, 0.02, 0, Tolerance);
        radius.ShouldBeAt(0, 0, -0.004, Tolerance);
        geometry.Detector("moving_bank").PixelCylinderVectors().Should().BeNull();
    }

    [Fact]
    public void Rotation_turns_right_handed_about_its_axis()
    {
        var quarterTurnAboutZ = AffineTransform.Rotation(new Vector3d(0, 0, 1), Math.PI / 2);

        quarterTurnAboutZ.Apply(new Vector3d(1, 0, 0)).ShouldBeAt(0, 1, 0, Tolerance); // x → y
        AffineTransform.Rotation(new Vector3d(0, 1, 0), Math.PI / 2).Apply(new Vector3d(1, 0, 0)).ShouldBeAt(0, 0, -1, Tolerance);
    }

    [Fact]
    public void Reads_from_a_stream()
    {
        using var stream = System.IO.File.OpenRead(_files.Write(ReferenceInstrument()));

        NexusGeometryReader.Read(stream).Detectors.Should().HaveCount(2);
    }

    [Fact]
    public void Without_a_source_positions_are_known_but_L1_is_an_error()
    {
        var file = ReferenceInstrument();
        At(file, "/entry/instrument").Remove("source");

        var geometry = Read(file);

        geometry.Source.Should().BeNull();
        geometry.Detector("bank").DependsOn.Origin.X.Should().BeApproximately(2, Tolerance);
        var l1 = () => geometry.L1;
        l1.Should().Throw<InvalidOperationException>().WithMessage("*NXsource*");
    }

    public static TheoryData<string, string> Malformed => new()
    {
        { "rotation without vector", "/entry/instrument/bank/transformations/rot: rotation has no 'vector' attribute" },
        { "dangling depends_on", "/entry/instrument/bank/transformations/distance@depends_on: depends_on points to '/entry/instrument/bank/transformations/nope', which does not exist" },
        { "no detector_number", "/entry/instrument/bank: NXdetector has no 'detector_number' dataset" },
        { "unknown unit", "/entry/instrument/bank/transformations/distance: translation unit 'furlong' is not a length (m, cm, mm)" },
        { "angle in metres", "/entry/instrument/bank/transformations/rot: rotation unit 'm' is not an angle (deg, rad)" },
        { "offset of the wrong length", "/entry/instrument/bank/x_pixel_offset: shape [4] cannot be broadcast against detector_number's shape [2, 3]" },
        { "offset without offset_units", "/entry/instrument/monitor_1/transformations/z: has an 'offset' but no 'offset_units' attribute" },
        { "chain that loops", "/entry/instrument/bank/transformations/rot@depends_on: depends_on chain loops back to '/entry/instrument/bank/transformations/distance'" },
        { "monitor without depends_on", "/entry/instrument/monitor_1: NXmonitor has no 'depends_on' dataset" },
        { "no transformation_type", "/entry/instrument/source/transformations/position: transformation has no 'transformation_type' attribute" },
        { "vector of two components", "/entry/instrument/bank/transformations/rot@vector: expected 3 components, found 2" },
        { "log without value", "/entry/instrument/moving_bank/transformations/carriage: transformation group (NXlog) has no 'value' dataset" },
        { "no entry", "/: no NXentry group (a group with NX_class = \"NXentry\")" },
    };

    [Theory]
    [MemberData(nameof(Malformed))]
    public void Malformed_structure_is_an_error_naming_the_path(string breakage, string message)
    {
        var file = ReferenceInstrument();
        var transformations = At(file, Bank + "/transformations");
        switch (breakage)
        {
            case "rotation without vector":
                ((H5Dataset)transformations["rot"]).Attributes.Remove("vector");
                break;
            case "dangling depends_on":
                ((H5Dataset)transformations["distance"]).Attributes["depends_on"] = "nope";
                break;
            case "no detector_number":
                At(file, Bank).Remove("detector_number");
                break;
            case "unknown unit":
                ((H5Dataset)transformations["distance"]).Attributes["units"] = "furlong";
                break;
            case "angle in metres":
                ((H5Dataset)transformations["rot"]).Attributes["units"] = "m";
                break;
            case "offset of the wrong length":
                At(file, Bank)["x_pixel_offset"] = Dataset(new double[] { 1, 2, 3, 4 }, ("units", "mm"));
                break;
            case "offset without offset_units":
                ((H5Dataset)At(file, "/entry/instrument/monitor_1/transformations")["z"]).Attributes.Remove("offset_units");
                break;
            case "chain that loops":
                ((H5Dataset)transformations["rot"]).Attributes["depends_on"] = "distance";
                break;
            case "monitor without depends_on":
                At(file, "/entry/instrument/monitor_1").Remove("depends_on");
                break;
            case "no transformation_type":
                ((H5Dataset)At(file, "/entry/instrument/source/transformations")["position"]).Attributes
                    .Remove("transformation_type");
                break;
            case "vector of two components":
                ((H5Dataset)transformations["rot"]).Attributes["vector"] = new double[] { 0, 1 };
                break;
            case "log without value":
                ((H5Group)At(file, "/entry/instrument/moving_bank/transformations")["carriage"]).Remove("value");
                break;
            case "no entry":
                At(file, "/entry").Attributes["NX_class"] = "NXcollection";
                break;
        }

        var read = () => Read(file);

        read.Should().Throw<NexusStructureException>().Which.Message.Should().Be(message);
    }
}
