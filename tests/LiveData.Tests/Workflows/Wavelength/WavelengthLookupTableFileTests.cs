using LiveData.Workflows.Wavelength;
using PureHDF;

namespace LiveData.Tests.Workflows.Wavelength;

public sealed class WavelengthLookupTableFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("livedata-lut-");

    public void Dispose() => _folder.Delete(recursive: true);

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    private static WavelengthLookupTable Small() => new(
        [10.0, 10.5, 11.0], [0.0, 250e3, 500e3], [1, 2, 3, 4, 5, 6, 7, 8, double.NaN], [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, double.NaN],
        500e3, 1, 0.5, 250e3);

    [Fact]
    public void A_written_table_reads_back_equal()
    {
        var path = PathOf("lut.h5");
        var table = Small();

        WavelengthLookupTableFile.Write(table, path);
        var read = WavelengthLookupTableFile.Read(path);

        read.DistancesM.Should().Equal(table.DistancesM);
        read.EventTimeOffsetsNs.Should().Equal(table.EventTimeOffsetsNs);
        read.Wavelengths.ToArray().Should().Equal(table.Wavelengths.ToArray());
        read.Variances.Should().Equal(table.Variances);
        (read.PulsePeriodNs, read.PulseStride, read.DistanceResolutionM, read.TimeResolutionNs).Should().Be((500e3, 1, 0.5, 250e3));
    }

    [Fact]
    public void A_generated_table_reads_back_equal()
    {
        var path = PathOf("generated.h5");
        var table = LookupTableGenerator.Generate(IdealSource.Ess(30), 5, 30);

        WavelengthLookupTableFile.Write(table, path);
        var read = WavelengthLookupTableFile.Read(path);

        read.DistancesM.Should().Equal(table.DistancesM);
        read.EventTimeOffsetsNs.Should().HaveCount(table.EventTimeOffsetsNs.Count);
        read.EventTimeOffsetsNs.Zip(table.EventTimeOffsetsNs).Should().OnlyContain(p => Math.Abs(p.First - p.Second) < 1e-6);
        read.Wavelengths.ToArray().Should().Equal(table.Wavelengths.ToArray());
        read.Variances.Should().Equal(table.Variances);
    }

    [Fact]
    public void The_file_has_upstreams_layout()
    {
        var path = PathOf("layout.h5");
        WavelengthLookupTableFile.Write(Small(), path);

        using var file = H5File.OpenRead(path);
        file.Attribute("scipp-type").Read<string>().Should().Be("DataGroup");
        var names = file.Group("entries").Children().Select(c => c.Name).ToList();
        names.Should().Equal("elem_000_array", "elem_001_pulse_period", "elem_002_pulse_stride", "elem_003_distance_resolution", "elem_004_time_resolution");
        var data = file.Group("entries/elem_000_array/data");
        data.Dataset("values").Attribute("dims").Read<string[]>().Should().Equal("distance", "event_time_offset");
        data.LinkExists("variances").Should().BeTrue();
        var unit = data.Dataset("values").Attribute("unit").Read<Dictionary<string, object?>>();
        unit["multiplier"].Should().Be(1e-10);
        file.Group("entries/elem_000_array/coords").Children().Select(c => ((IH5Group)c).Attribute("name").Read<string>())
            .Should().Equal("distance", "event_time_offset");
        file.Group("entries/elem_002_pulse_stride").Dataset("entry").Read<long>().Should().Be(1);
    }

    [Fact]
    public void A_file_that_is_not_a_table_is_refused_with_the_reason()
    {
        var path = PathOf("other.h5");
        var other = new H5File { ["entry"] = new H5Group() };
        other.Write(path);

        var read = () => WavelengthLookupTableFile.Read(path);

        read.Should().Throw<InvalidDataException>().WithMessage("*not written by scipp*");
    }
}
