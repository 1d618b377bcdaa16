using FluentAssertions;
using LiveData.Bdd;
using Xunit;

namespace LiveData.Tests.Bdd;

public sealed class TableTests
{
    public enum Binning
    {
        Linear,
        Logarithmic,
    }

    [Fact]
    public void Rows_are_indexable_by_column_name_and_position()
    {
        var table = Table("name", "bins");
        table.AddRow("monitor1", "200");

        table.Header.Should().Equal("name", "bins");
        table.Rows[0]["bins"].Should().Be("200");
        table.Rows[0][0].Should().Be("monitor1");
        var act = () => table.Rows[0]["colour"];
        act.Should().Throw<KeyNotFoundException>().WithMessage("*no column 'colour'*");
    }

    [Fact]
    public void CreateInstance_reads_a_vertical_field_value_table()
    {
        var table = Table("Field", "Value");
        table.AddRow("Source name", "monitor1");
        table.AddRow("time of arrival bins", "200");
        table.AddRow("binning", "logarithmic");
        table.AddRow("Update interval", "00:00:02");
        table.AddRow("Scale", "2.5");

        var settings = table.CreateInstance<HistogramSettings>();

        settings.Should().BeEquivalentTo(new HistogramSettings
        {
            SourceName = "monitor1",
            TimeOfArrivalBins = 200,
            Binning = Binning.Logarithmic,
            UpdateInterval = TimeSpan.FromSeconds(2),
            Scale = 2.5,
        });
    }

    [Fact]
    public void CreateInstance_reads_a_single_row_horizontal_table_into_a_positional_record()
    {
        var table = Table("instrument", "name", "version");
        table.AddRow("bifrost", "monitor histogram", "1");

        table.CreateInstance<WorkflowSpec>().Should().Be(new WorkflowSpec("bifrost", "monitor histogram", 1));
    }

    [Fact]
    public void CreateInstance_starts_from_defaults_and_overrides_what_the_table_states()
    {
        var table = Table("Field", "Value");
        table.AddRow("Bins", "500");

        var settings = table.CreateInstance(() => new HistogramSettings { SourceName = "default", TimeOfArrivalBins = 100 });

        settings.SourceName.Should().Be("default");
        settings.TimeOfArrivalBins.Should().Be(500);
    }

    [Fact]
    public void CreateSet_creates_one_object_per_row()
    {
        var table = Table("Source Name", "Time_Of_Arrival_Bins");
        table.AddRow("monitor1", "100");
        table.AddRow("monitor2", "200");

        table.CreateSet<HistogramSettings>().Select(s => (s.SourceName, s.TimeOfArrivalBins))
            .Should().Equal(("monitor1", 100), ("monitor2", 200));
    }

    [Fact]
    public void A_column_that_matches_no_property_is_an_error()
    {
        var table = Table("source name", "colour");
        table.AddRow("monitor1", "red");

        var act = () => table.CreateSet<HistogramSettings>();

        act.Should().Throw<BindingException>().WithMessage("*Column 'colour' matches no settable property of HistogramSettings*");
    }

    [Fact]
    public void A_value_that_does_not_convert_names_the_column()
    {
        var table = Table("bins");
        table.AddRow("many");

        var act = () => table.CreateInstance<HistogramSettings>();

        act.Should().Throw<BindingException>().WithMessage("*Column 'bins'*'many' is not a valid Int32*");
    }

    private static Table Table(params string[] header) => new(header);

    public sealed class HistogramSettings
    {
        public string SourceName { get; set; } = string.Empty;

        public int TimeOfArrivalBins { get; set; }

        public int Bins
        {
            get => TimeOfArrivalBins;
            set => TimeOfArrivalBins = value;
        }

        public Binning Binning { get; init; }

        public TimeSpan UpdateInterval { get; set; }

        public double Scale { get; set; }
    }

    public sealed record WorkflowSpec(string Instrument, string Name, int Version);
}
