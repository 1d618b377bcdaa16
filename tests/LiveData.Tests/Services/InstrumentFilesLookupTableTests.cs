using LiveData.Services.Backend;
using LiveData.Workflows.Unavailable;
using LiveData.Workflows.Wavelength;

namespace LiveData.Tests.Services;

public sealed class InstrumentFilesLookupTableTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-files-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void Reads_the_table_given_with_lookup_table_and_keeps_it()
    {
        var path = Path.Combine(_folder.FullName, "table.h5");
        WavelengthLookupTableFile.Write(LookupTableGenerator.Generate(IdealSource.Ess(30), 10, 30), path);
        var files = new InstrumentFiles("dream", null, path);

        var table = files.LookupTable;

        table.DistancesM[0].Should().BeApproximately(9.8, 1e-9);
        files.LookupTable.Should().BeSameAs(table);
    }

    [Fact]
    public void A_missing_table_says_how_to_provide_one()
    {
        var path = Path.Combine(_folder.FullName, "missing.h5");

        var read = () => new InstrumentFiles("dream", null, path).LookupTable;

        read.Should().Throw<WorkflowNotAvailableException>()
            .WithMessage($"*no file {path}: start the service with --lookup-table FILE*livedata lookup-table --instrument dream*");
    }

    [Fact]
    public void A_file_that_is_not_a_table_says_why()
    {
        var path = Path.Combine(_folder.FullName, "other.h5");
        new PureHDF.H5File().Write(path);

        var read = () => new InstrumentFiles("dream", null, path).LookupTable;

        read.Should().Throw<WorkflowNotAvailableException>().WithMessage($"the wavelength lookup table {path} cannot be used:*not written by scipp*");
    }

    [Fact]
    public void By_default_the_table_sits_next_to_the_geometry()
    {
        InstrumentFiles.DefaultLookupTablePath("loki").Should().Be(Path.Combine(InstrumentFiles.DataDirectory, "loki", "wavelength_lookup_table.h5"));
    }
}
