using LiveData.Workflows;
using LiveData.Workflows.MonitorHistogram;
using LiveData.Workflows.Parameters;

namespace LiveData.Tests.Workflows.MonitorHistogram;

public sealed class MonitorHistogramParamsTests
{
    private static MonitorHistogramParams Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return MonitorHistogramParams.Parse(document.RootElement.Clone());
    }

    private static Action Parsing(string json) => () => Parse(json);

    private static string EdgesJson(string field, string value) => "{\"toa_edges\":{\"" + field + "\":" + value + "}}";

    [Fact]
    public void Defaults_are_100_linear_bins_from_0_to_71_43_ms_and_a_disabled_range()
    {
        var defaults = MonitorHistogramParams.Default;

        defaults.Edges.Should().Be(new TimeOfArrivalEdges(0.0, 71.43, 100, "linear", "ms"));
        defaults.Range.Should().Be(new TimeOfArrivalRange(false, 0.0, 10.0, "μs"));
    }

    [Fact]
    public void An_empty_object_gives_the_defaults()
    {
        Parse("{}").Should().Be(MonitorHistogramParams.Default);
    }

    [Fact]
    public void Absent_params_give_the_defaults()
    {
        MonitorHistogramParams.Parse(default).Should().Be(MonitorHistogramParams.Default);
        Parse("null").Should().Be(MonitorHistogramParams.Default);
    }

    [Fact]
    public void Reads_the_upstream_dashboard_params()
    {
        var parsed = Parse("""
            {"coordinate_mode":{"mode":"toa"},
             "toa_edges":{"start":1.5,"stop":50.0,"num_bins":250,"scale":"log","unit":"us"},
             "toa_range":{"start":2.0,"stop":3.0,"enabled":true,"unit":"ms"}}
            """);

        parsed.Edges.Should().Be(new TimeOfArrivalEdges(1.5, 50.0, 250, "log", "us"));
        parsed.Range.Should().Be(new TimeOfArrivalRange(true, 2.0, 3.0, "ms"));
    }

    [Fact]
    public void Partial_objects_keep_the_defaults_of_absent_fields()
    {
        var parsed = Parse("""{"toa_edges":{"num_bins":10}}""");

        parsed.Edges.Should().Be(TimeOfArrivalEdges.Default with { NumBins = 10 });
        parsed.Range.Should().Be(TimeOfArrivalRange.Default);
    }

    [Fact]
    public void Extra_fields_are_ignored()
    {
        var parsed = Parse("""
            {"coordinate_mode":{"mode":"toa","extra":1},
             "toa_edges":{"num_bins":20,"colour":"red"},
             "wavelength_edges":{"start":1.0,"stop":10.0,"num_bins":100},
             "does_not_exist":1}
            """);

        parsed.Edges.NumBins.Should().Be(20);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(10001)]
    [InlineData(-1)]
    public void Rejects_num_bins_outside_1_to_10000_naming_the_field(int numBins)
    {
        Parsing(EdgesJson("num_bins", numBins.ToString(System.Globalization.CultureInfo.InvariantCulture))).Should().Throw<InvalidWorkflowParamsException>()
            .WithMessage($"toa_edges.num_bins*between 1 and 10000*{numBins}*");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(10000)]
    public void Accepts_num_bins_at_the_limits(int numBins)
    {
        Parse(EdgesJson("num_bins", numBins.ToString(System.Globalization.CultureInfo.InvariantCulture))).Edges.NumBins.Should().Be(numBins);
    }

    [Theory]
    [InlineData("10.5")]
    [InlineData("\"100\"")]
    [InlineData("true")]
    public void Rejects_num_bins_that_is_not_an_integer(string value)
    {
        Parsing(EdgesJson("num_bins", value)).Should().Throw<InvalidWorkflowParamsException>()
            .WithMessage("toa_edges.num_bins*integer*");
    }

    [Theory]
    [InlineData(10, 10)]
    [InlineData(10, 5)]
    public void Rejects_stop_not_greater_than_start(double start, double stop)
    {
        Parsing("{\"toa_edges\":{\"start\":" + start.ToString(System.Globalization.CultureInfo.InvariantCulture) + ",\"stop\":" + stop.ToString(System.Globalization.CultureInfo.InvariantCulture) + "}}").Should().Throw<InvalidWorkflowParamsException>()
            .WithMessage("toa_edges.stop*greater than start*");
    }

    [Theory]
    [InlineData("hours")]
    [InlineData("MS")]
    [InlineData("")]
    public void Rejects_an_unknown_unit(string unit)
    {
        Parsing(EdgesJson("unit", $"\"{unit}\"")).Should().Throw<InvalidWorkflowParamsException>()
            .WithMessage("toa_edges.unit*must be one of*");
    }

    [Theory]
    [InlineData("ns")]
    [InlineData("us")]
    [InlineData("μs")]
    [InlineData("µs")]
    [InlineData("ms")]
    [InlineData("s")]
    public void Accepts_every_upstream_time_unit(string unit)
    {
        Parse(EdgesJson("unit", $"\"{unit}\"")).Edges.Unit.Should().Be(unit);
    }

    [Fact]
    public void Rejects_an_unknown_scale()
    {
        Parsing("""{"toa_edges":{"scale":"sqrt"}}""").Should().Throw<InvalidWorkflowParamsException>().WithMessage("toa_edges.scale*");
    }

    [Fact]
    public void Rejects_a_log_scale_starting_at_zero()
    {
        Parsing("""{"toa_edges":{"scale":"log","start":0.0}}""").Should().Throw<InvalidWorkflowParamsException>().WithMessage("toa_edges.start*positive*");
    }

    [Fact]
    public void Reads_wavelength_mode_with_its_edges_and_range()
    {
        var parsed = Parse("""
            {"coordinate_mode":{"mode":"wavelength"},
             "wavelength_edges":{"start":0.5,"stop":5.0,"num_bins":9,"scale":"linear","unit":"nm"},
             "wavelength_range":{"start":1.0,"stop":2.0,"enabled":true,"unit":"Å"}}
            """);

        parsed.Mode.Should().Be(CoordinateMode.Wavelength);
        parsed.WavelengthEdges.Should().Be(new WavelengthEdges(0.5, 5.0, 9, "linear", "nm"));
        parsed.WavelengthEdges.ValuesInAngstrom().Should().Equal(5, 10, 15, 20, 25, 30, 35, 40, 45, 50);
        parsed.WavelengthRange.Should().Be(new WavelengthRange(true, 1.0, 2.0, "Å"));
    }

    [Fact]
    public void Defaults_to_upstreams_wavelength_edges_and_range()
    {
        var parsed = Parse("{}");

        parsed.Mode.Should().Be(CoordinateMode.TimeOfArrival);
        parsed.WavelengthEdges.Should().Be(new WavelengthEdges(1.0, 10.0, 100, "linear", "Å"));
        parsed.WavelengthRange.Should().Be(new WavelengthRange(false, 0.0, 10.0, "Å"));
    }

    [Fact]
    public void Rejects_a_mode_upstream_does_not_offer()
    {
        Parsing("""{"coordinate_mode":{"mode":"tof"}}""").Should().Throw<InvalidWorkflowParamsException>()
            .WithMessage("coordinate_mode.mode: must be one of 'toa', 'wavelength', got \"tof\"");
    }

    [Theory]
    [InlineData("""{"wavelength_edges":{"start":5.0,"stop":5.0}}""", "wavelength_edges.stop: must be greater than start (5), got 5")]
    [InlineData("""{"wavelength_edges":{"num_bins":0}}""", "wavelength_edges.num_bins: must be between 1 and 10000, got 0")]
    [InlineData("""{"wavelength_edges":{"scale":"log","start":0.0}}""", "wavelength_edges.start: must be positive for a log scale, got 0")]
    [InlineData("""{"wavelength_edges":{"unit":"ms"}}""", "wavelength_edges.unit: must be one of 'Å', 'nm', got \"ms\"")]
    [InlineData("""{"wavelength_range":{"start":3.0,"stop":2.0}}""", "wavelength_range.stop: must be greater than start (3), got 2")]
    public void Rejects_bad_wavelength_parameters_naming_the_field(string json, string message)
    {
        Parsing(json).Should().Throw<InvalidWorkflowParamsException>().WithMessage(message);
    }

    [Fact]
    public void Dumps_every_field_in_upstreams_order()
    {
        var json = (MonitorHistogramParams.Default with { Mode = CoordinateMode.Wavelength }).ToJson().GetRawText();

        json.Should().Be("""{"coordinate_mode":{"mode":"wavelength"},"toa_edges":{"start":0.0,"stop":71.43,"num_bins":100,"scale":"linear","unit":"ms"},"toa_range":{"start":0.0,"stop":10.0,"enabled":false,"unit":"μs"},"wavelength_edges":{"start":1.0,"stop":10.0,"num_bins":100,"scale":"linear","unit":"Å"},"wavelength_range":{"start":0.0,"stop":10.0,"enabled":false,"unit":"Å"}}""");
    }

    [Fact]
    public void Rejects_an_enabled_range_with_stop_not_greater_than_start()
    {
        Parsing("""{"toa_range":{"enabled":true,"start":5.0,"stop":5.0}}""").Should().Throw<InvalidWorkflowParamsException>()
            .WithMessage("toa_range.stop*");
    }

    [Fact]
    public void Accepts_a_disabled_range_with_stop_not_greater_than_start()
    {
        Parse("""{"toa_range":{"enabled":false,"start":5.0,"stop":1.0}}""").Range.Enabled.Should().BeFalse();
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"params\"")]
    public void Rejects_params_that_are_not_an_object(string json)
    {
        Parsing(json).Should().Throw<InvalidWorkflowParamsException>().WithMessage("params must be a JSON object*");
    }

    [Fact]
    public void Rejects_a_section_that_is_not_an_object()
    {
        Parsing("""{"toa_edges":5}""").Should().Throw<InvalidWorkflowParamsException>().WithMessage("toa_edges*must be an object*");
    }

    [Fact]
    public void Rejects_a_non_finite_or_non_numeric_start()
    {
        Parsing("""{"toa_edges":{"start":"zero"}}""").Should().Throw<InvalidWorkflowParamsException>().WithMessage("toa_edges.start*finite number*");
        Parsing("""{"toa_edges":{"start":1e400}}""").Should().Throw<InvalidWorkflowParamsException>().WithMessage("toa_edges.start*finite number*");
    }

    [Fact]
    public void Default_params_json_parses_back_to_the_defaults()
    {
        MonitorHistogramParams.Parse(MonitorHistogramParams.Default.ToJson()).Should().Be(MonitorHistogramParams.Default);
    }
}
