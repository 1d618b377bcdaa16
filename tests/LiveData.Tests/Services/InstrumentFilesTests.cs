using FluentAssertions;
using LiveData.Services.Backend;
using LiveData.Tests.Geometry;
using LiveData.Workflows.Unavailable;
using static LiveData.Tests.Geometry.NexusFiles;

namespace LiveData.Tests.Services;

public sealed class InstrumentFilesTests : IDisposable
{
    private readonly NexusFiles _files = new();

    public void Dispose() => _files.Dispose();

    [Fact]
    public void A_missing_geometry_file_is_an_error_that_names_the_file_and_how_to_provide_it()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}", "geometry.nxs");

        var read = () => new InstrumentFiles("dream", missing).Geometry;

        read.Should().Throw<WorkflowNotAvailableException>()
            .Which.Message.Should().Contain(missing).And.Contain("--geometry FILE").And.Contain("livedata nexus geometry --instrument dream");
    }

    [Fact]
    public void The_default_geometry_lives_in_the_instruments_folder_of_the_data_directory() =>
        InstrumentFiles.DefaultGeometryPath("loki").Should().Be(Path.Combine(InstrumentFiles.DataDirectory, "loki", "geometry.nxs"));

    [Fact]
    public void An_explicit_geometry_file_is_read_once_and_kept()
    {
        var path = _files.Write(File(("entry", Group("NXentry",
            ("instrument", Group("NXinstrument",
                ("bank", Group("NXdetector", ("detector_number", Dataset(new[] { 1, 2, 3 })), ("depends_on", Dataset("."))))))))));
        var files = new InstrumentFiles("dummy", path);

        var first = files.Geometry;

        first.Detector("bank").PixelCount.Should().Be(3);
        files.Geometry.Should().BeSameAs(first);
    }

    [Fact]
    public void A_file_that_is_not_NeXus_geometry_is_an_error_naming_the_file()
    {
        var path = _files.Write(File(("not_an_entry", Group("NXcollection"))));

        var read = () => new InstrumentFiles("dummy", path).Geometry;

        read.Should().Throw<WorkflowNotAvailableException>().Which.Message.Should().Contain(path).And.Contain("cannot be used");
    }
}
