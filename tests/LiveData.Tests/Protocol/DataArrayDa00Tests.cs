using LiveData.Protocol.Results;
using LiveData.Wire;
using LiveData.Wire.Da00;

namespace LiveData.Tests.Protocol;

public sealed class DataArrayDa00Tests
{
    private const long Start = 1767225600000000000;
    private const long End = 1767225601000000000;

    private static DataArray Histogram() => new(
        "Histogram",
        Variable.Doubles(["time_of_arrival"], [4], "counts", [0, 1, 4, 2], [0, 1, 4, 2]),
        [
            new("time_of_arrival", Variable.Vector("time_of_arrival", "ms", [0, 1, 2, 3, 4])),
            new("start_time", Variable.Scalar(Start, "ns")),
            new("time", Variable.Scalar(End, "ns")),
        ]);

    private static DataArray RoundTrip(DataArray array) =>
        DataArrayDa00.FromDa00(Da00Codec.Decode(Da00Codec.Encode(DataArrayDa00.ToDa00("source", 5, array))));

    [Fact]
    public void Values_go_into_signal_labelled_with_the_name()
    {
        var signal = DataArrayDa00.ToDa00("source", 5, Histogram()).Find("signal")!;

        signal.Label.Should().Be("Histogram");
        signal.Axes.Should().Equal("time_of_arrival");
        signal.Shape.Should().Equal(4L);
        signal.Unit.Should().Be("counts");
        signal.DataType.Should().Be(Da00DataType.Float64);
        signal.ToDoubles().Should().Equal(0, 1, 4, 2);
    }

    [Fact]
    public void Variances_go_into_errors_as_standard_deviations()
    {
        var errors = DataArrayDa00.ToDa00("source", 5, Histogram()).Find("errors")!;

        errors.Axes.Should().Equal("time_of_arrival");
        errors.Unit.Should().Be("counts");
        errors.ToDoubles().Should().Equal(0, 1, 2, Math.Sqrt(2));
    }

    [Fact]
    public void Without_variances_there_is_no_errors_variable()
    {
        var array = new DataArray("x", Variable.Vector("x", null, [1, 2]), []);

        DataArrayDa00.ToDa00("source", 5, array).Find("errors").Should().BeNull();
    }

    [Fact]
    public void Variables_are_signal_errors_then_coords_in_order()
    {
        var message = DataArrayDa00.ToDa00("key", 42, Histogram());

        message.SourceName.Should().Be("key");
        message.Timestamp.Should().Be(42);
        message.Variables.Select(v => v.Name).Should().Equal("signal", "errors", "time_of_arrival", "start_time", "time");
    }

    [Fact]
    public void Edges_and_0d_int64_coords_keep_their_shape_and_dtype()
    {
        var message = DataArrayDa00.ToDa00("key", 42, Histogram());

        var edges = message.Find("time_of_arrival")!;
        edges.Shape.Should().Equal(5L);
        edges.Unit.Should().Be("ms");
        edges.Label.Should().BeNull();
        var time = message.Find("time")!;
        time.Axes.Should().BeEmpty();
        time.Shape.Should().BeEmpty();
        time.Unit.Should().Be("ns");
        time.DataType.Should().Be(Da00DataType.Int64);
        time.ToInt64s().Should().Equal(End);
    }

    [Fact]
    public void A_histogram_round_trips_through_the_wire()
    {
        var decoded = RoundTrip(Histogram());

        decoded.Name.Should().Be("Histogram");
        decoded.Data.Dims.Should().Equal("time_of_arrival");
        decoded.Data.Shape.Should().Equal(4L);
        decoded.Data.Unit.Should().Be("counts");
        decoded.Data.DoubleValues.ToArray().Should().Equal(0, 1, 4, 2);
        decoded.Data.Variances!.Select(v => Math.Round(v, 12)).Should().Equal(0, 1, 4, 2);
        decoded.Coords.Select(c => c.Key).Should().Equal("time_of_arrival", "start_time", "time");
        decoded.Coord("time_of_arrival")!.DoubleValues.ToArray().Should().Equal(0, 1, 2, 3, 4);
        decoded.Coord("start_time")!.IsFloat.Should().BeFalse();
        decoded.Coord("start_time")!.Int64Values[0].Should().Be(Start);
        decoded.Coord("time")!.Int64Values[0].Should().Be(End);
        decoded.Coord("time")!.Dims.Should().BeEmpty();
    }

    [Fact]
    public void A_0d_total_round_trips()
    {
        var total = new DataArray("Total", Variable.Doubles([], [], "counts", [2000], [2000]), []);

        var decoded = RoundTrip(total);

        decoded.Data.Dims.Should().BeEmpty();
        decoded.Data.DoubleValues[0].Should().Be(2000);
        decoded.Data.Variances![0].Should().BeApproximately(2000, 1e-9);
    }

    [Fact]
    public void Coords_whose_dims_are_not_among_the_signal_dims_are_dropped_on_decode()
    {
        var message = new Da00DataArray("key", 0,
        [
            Da00Variable.Doubles("signal", "counts", ["x"], [2], [1, 2], "Image"),
            Da00Variable.Doubles("x", "m", ["x"], [3], [0, 1, 2]),
            Da00Variable.Doubles("y", "m", ["y"], [3], [0, 1, 2]),
            Da00Variable.Doubles("xy", "m", ["x", "y"], [2, 1], [0, 1]),
            Da00Variable.Int64s("time", "ns", [], [], [7]),
        ]);

        var decoded = DataArrayDa00.FromDa00(message);

        decoded.Coords.Select(c => c.Key).Should().Equal("x", "time");
    }

    [Fact]
    public void String_variables_are_not_coords()
    {
        var message = new Da00DataArray("key", 0,
        [
            Da00Variable.Doubles("signal", "counts", [], [], [1], "Total"),
            Da00Variable.CString("note", "hello"),
        ]);

        DataArrayDa00.FromDa00(message).Coords.Should().BeEmpty();
    }

    [Fact]
    public void A_0d_value_sent_with_shape_1_is_read_as_0d()
    {
        var message = new Da00DataArray("key", 0,
        [
            new Da00Variable("signal", "counts", "Total", null, Da00DataType.Float64, [], [1], BitConverter.GetBytes(3.0)),
        ]);

        var decoded = DataArrayDa00.FromDa00(message);

        decoded.Data.Shape.Should().BeEmpty();
        decoded.Data.DoubleValues[0].Should().Be(3.0);
    }

    [Fact]
    public void Small_integer_types_widen_to_int64_and_uint64_to_float64()
    {
        var message = new Da00DataArray("key", 0,
        [
            Da00Variable.Int32s("signal", "counts", ["x"], [2], [3, 4]),
            new Da00Variable("x", null, null, null, Da00DataType.UInt64, ["x"], [2], [.. BitConverter.GetBytes(1UL), .. BitConverter.GetBytes(2UL)]),
        ]);

        var decoded = DataArrayDa00.FromDa00(message);

        decoded.Data.IsFloat.Should().BeFalse();
        decoded.Data.Int64Values.ToArray().Should().Equal(3, 4);
        decoded.Coord("x")!.IsFloat.Should().BeTrue();
        decoded.Coord("x")!.DoubleValues.ToArray().Should().Equal(1, 2);
    }

    [Fact]
    public void A_message_without_signal_is_rejected()
    {
        var message = new Da00DataArray("key", 0, [Da00Variable.Doubles("x", null, ["x"], [1], [1])]);

        var decode = () => DataArrayDa00.FromDa00(message);

        decode.Should().Throw<WireFormatException>().WithMessage("*'key'*signal*");
    }

    [Fact]
    public void A_missing_label_decodes_as_an_empty_name()
    {
        var message = new Da00DataArray("key", 0, [Da00Variable.Doubles("signal", null, [], [], [1])]);

        DataArrayDa00.FromDa00(message).Name.Should().BeEmpty();
    }

    public static TheoryData<string, Da00Variable[]> Inconsistent() => new()
    {
        { "string signal", [Da00Variable.CString("signal", "oops")] },
        { "signal axes do not match its shape", [Da00Variable.Doubles("signal", null, ["x", "y"], [2], [1, 2])] },
        { "errors of another length", [Da00Variable.Doubles("signal", null, ["x"], [2], [1, 2]), Da00Variable.Doubles("errors", null, ["x"], [1], [1])] },
        { "coord axes do not match its shape", [Da00Variable.Doubles("signal", null, ["x"], [2], [1, 2]), Da00Variable.Doubles("x", null, ["x"], [], [1])] },
    };

    [Theory]
    [MemberData(nameof(Inconsistent))]
    public void A_well_framed_but_inconsistent_message_is_rejected_with_WireFormatException(string what, Da00Variable[] variables)
    {
        // Readers of results catch WireFormatException per message; any other exception escapes them.
        var decode = () => DataArrayDa00.FromDa00(new Da00DataArray("key", 0, variables));

        decode.Should().Throw<WireFormatException>(what);
    }
}
