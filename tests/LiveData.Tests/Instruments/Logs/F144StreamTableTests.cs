using LiveData.Instruments.Logs;

namespace LiveData.Tests.Instruments.Logs;

/// <summary>The embedded f144 tables: parsing, scipp's unit spelling, and upstream's <c>filter_authorized_streams</c>.</summary>
public sealed class F144StreamTableTests
{
    private static ParsedF144Stream[] Parse(params string[] lines) => [.. F144StreamTable.Parse(string.Join('\n', lines), "test.tsv")];

    [Fact]
    public void Comments_and_blank_lines_are_skipped_and_crlf_is_tolerated() =>
        Parse("# header", "", "/entry/instrument/m/value\tM.RBV\tx_motion\tmm\r", "# trailing").Should().Equal(
            new ParsedF144Stream("/entry/instrument/m/value", "M.RBV", "x_motion", "mm"));

    [Theory]
    [InlineData("degrees", "deg")]
    [InlineData("us", "µs")]
    [InlineData("uC", "µC")]
    [InlineData("mm", "mm")]
    [InlineData("dimensionless", "dimensionless")]
    public void Units_take_scipps_spelling(string written, string read) =>
        Parse($"/entry/a/value\tPV\tx_motion\t{written}").Single().Unit.Should().Be(read);

    [Theory]
    [InlineData("/entry/a/value\tPV\tx_motion")]
    [InlineData("/entry/a/value\tPV\tx_motion\tmm\textra")]
    [InlineData("/entry/a/value\t\tx_motion\tmm")]
    [InlineData("/entry/a/value PV x_motion mm")]
    public void A_malformed_row_is_refused_naming_its_line(string row) =>
        FluentActions.Invoking(() => Parse("# header", "/entry/b/value\tPV\tx_motion\tmm", row))
            .Should().Throw<FormatException>().WithMessage("test.tsv line 3:*");

    [Theory]
    [InlineData("loki_choppers", true)]
    [InlineData("loki_motion", true)]
    [InlineData("loki_sample_env", true)]
    [InlineData("tn_data_general", true)]
    [InlineData("loki_misc_devices", false)]
    [InlineData("loki_nicos_devices", false)]
    [InlineData("tn_data_general_2", false)]
    [InlineData("loki_motion_extra", false)]
    public void Only_topics_production_lets_us_read_are_authorized(string topic, bool authorized) =>
        F144StreamTable.IsAuthorized(new("/entry/a/value", "PV", topic, "mm")).Should().Be(authorized);

    [Fact]
    public void The_authorized_logs_are_the_tables_rows_without_misc_and_nicos_devices()
    {
        var all = F144StreamTable.Read("tbl");

        all.Should().HaveCount(68);
        F144StreamTable.Authorized("tbl").Should().Equal(all.Where(s => !s.Topic.EndsWith("_misc_devices", StringComparison.Ordinal) && !s.Topic.EndsWith("_nicos_devices", StringComparison.Ordinal)));
        F144StreamTable.Authorized("tbl").Should().HaveCount(34);
    }

    [Fact]
    public void An_instrument_without_a_table_is_refused() =>
        FluentActions.Invoking(() => F144StreamTable.Read("dummy")).Should().Throw<InvalidOperationException>().WithMessage("*f144_streams/dummy.tsv*");
}
