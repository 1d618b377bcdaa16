using LiveData.Cli.Commands;
using LiveData.Geometry.Nexus;
using LiveData.Services.Backend;
using LiveData.Tests.Geometry;
using static LiveData.Tests.Geometry.NexusFiles;

namespace LiveData.Tests.Cli;

/// <summary><c>livedata nexus geometry/run/show</c> as real processes, and their usage errors.</summary>
public sealed class NexusCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-nexus-cli-");
    private static readonly Dictionary<string, string> NoVariables = [];

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private static Task<LiveDataRun> Livedata(IReadOnlyDictionary<string, string> environment, params string[] arguments) =>
        LiveDataRun.RunAsync(environment, arguments, TestContext.Current.CancellationToken);

    private static IReadOnlyList<string> Errors(string arguments) =>
        [.. LiveDataCommandLine.Build().Parse(arguments).Errors.Select(e => e.Message)];

    [Fact]
    public async Task Geometry_writes_every_pixel_and_says_what_it_wrote()
    {
        var output = PathOf("dummy.nxs");

        var run = await Livedata(NoVariables, "nexus", "geometry", "--instrument", "dummy", "--output", output);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().StartWith($"Wrote the synthetic geometry of dummy to {output} (")
            .And.Contain("  detector panel_0: 16384 pixels, detector_number 1–16384")
            .And.Contain("  monitor monitor1")
            .And.Contain("  16384 pixels in 1 detectors, 2 monitors");
        NexusGeometryReader.Read(output).Detector("panel_0").PixelCount.Should().Be(16384);
    }

    [Fact]
    public async Task Geometry_goes_where_services_look_for_it_by_default()
    {
        var run = await Livedata(new Dictionary<string, string> { [InstrumentFiles.DataDirectoryVariable] = _folder.FullName },
            "nexus", "geometry", "--instrument", "dummy");

        run.ExitCode.Should().Be(0, run.Stderr);
        System.IO.File.Exists(Path.Combine(_folder.FullName, "dummy", InstrumentFiles.GeometryFileName)).Should().BeTrue();
    }

    [Fact]
    public async Task Run_writes_a_seeded_recording_the_fakes_can_replay_and_counts_its_events()
    {
        var output = PathOf("run.nxs");

        var run = await Livedata(NoVariables, "nexus", "run", "--instrument", "dummy", "--output", output, "--pulses", "3", "--seed", "5");

        run.ExitCode.Should().Be(0, run.Stderr);
        var recorded = RecordedEventsReader.Read(output);
        recorded.Detectors.Single().PulseCount.Should().Be(3);
        run.Stdout.Should().Contain($"  detector panel_0: 16384 pixels, detector_number 1–16384, {recorded.Detectors[0].EventCount} events in 3 pulses")
            .And.Contain($"  monitor monitor2: {recorded.Monitors[1].EventCount} events in 3 pulses");
    }

    [Fact]
    public async Task Show_tables_the_detectors_monitors_and_L1()
    {
        var output = PathOf("dummy.nxs");
        (await Livedata(NoVariables, "nexus", "geometry", "--instrument", "dummy", "--output", output)).ExitCode.Should().Be(0);

        var run = await Livedata(NoVariables, "nexus", "show", output);

        run.ExitCode.Should().Be(0, run.Stderr);
        run.Stdout.Should().Contain("L1 = 30.000 m (source at (0.000, 0.000, -30.000), sample at (0.000, 0.000, 0.000))");
        // The panel spans ±(0.25 − 0.5/256) m at z = 2 m: L2 from 2 to √(2² + 2·0.248046875²).
        var farthest = Math.Sqrt(4 + 2 * 0.248046875 * 0.248046875);
        run.Stdout.Should().MatchRegex($@"panel_0\s+│\s+16384 │ 1 – 16384\s+│ 2\.00\d – {farthest:F3}\s+│ \d+\.\d\d – \d+\.\d\d\s+│ yes");
        run.Stdout.Should().MatchRegex(@"monitor1\s+│ \(0\.000, 0\.000, -5\.000\)\s+│\s+25\.000 │");
    }

    [Fact]
    public async Task Show_names_the_HDF5_path_of_a_malformed_file()
    {
        using var files = new NexusFiles();
        var path = files.Write(File(("entry", Group("NXentry",
            ("instrument", Group("NXinstrument",
                ("bank", Group("NXdetector", ("detector_number", Dataset(new[] { 1, 2 }))))))))));

        var run = await Livedata(NoVariables, "nexus", "show", path);

        run.ExitCode.Should().Be(BrokerGuard.InvalidSettingsExitCode);
        run.Stderr.Trim().Should().Be($"{path}: /entry/instrument/bank: NXdetector has no 'depends_on' dataset");
    }

    [Fact]
    public async Task Show_refuses_a_file_that_is_not_HDF5()
    {
        var path = PathOf("text.nxs");
        await System.IO.File.WriteAllTextAsync(path, "not hdf5", TestContext.Current.CancellationToken);

        var run = await Livedata(NoVariables, "nexus", "show", path);

        run.ExitCode.Should().Be(BrokerGuard.InvalidSettingsExitCode);
        run.Stderr.Should().StartWith($"{path}: not a readable HDF5/NeXus file (");
    }

    [Theory]
    [InlineData("nexus run --instrument dummy", "Option '--output' is required.")]
    [InlineData("nexus run --instrument dummy --output x.nxs --pulses 0", "--pulses must be between 1 and 100000")]
    [InlineData("nexus show /no/such/file.nxs", "/no/such/file.nxs: no such file")]
    public void Refuses_wrong_arguments(string arguments, string error) => Errors(arguments).Should().Contain(error);

    [Fact]
    public void Refuses_an_unknown_instrument() => Errors("nexus geometry --instrument nope").Should().NotBeEmpty();
}
