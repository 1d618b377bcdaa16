using System.Buffers.Binary;
using Google.FlatBuffers;
using LiveData.Wire;
using LiveData.Wire.Da00;

namespace LiveData.Tests.Wire;

public sealed class Da00Tests
{
    [Fact]
    public void Decodes_a_monitor_histogram()
    {
        var array = Da00Codec.Decode(WireVectors.Bytes("da00_monitor_histogram"));

        array.SourceName.Should().Be("dummy/monitor1/monitor_histogram");
        array.Timestamp.Should().Be(1700000000000000000);
        var signal = array.Find("signal")!;
        signal.DataType.Should().Be(Da00DataType.Float64);
        signal.Unit.Should().Be("counts");
        signal.Label.Should().BeNull();
        signal.Axes.Should().Equal("time_of_arrival");
        signal.Shape.Should().Equal(10L);
        signal.ElementCount.Should().Be(10);
        signal.ToDoubles()[0].Should().Be(0.20077508987097747);
        var edges = array.Find("time_of_arrival")!;
        edges.Unit.Should().Be("ms");
        edges.ToDoubles().Should().HaveCount(11).And.EndWith(71.0);
        array.Find("errors").Should().BeNull();
    }

    [Fact]
    public void Decodes_a_2d_int32_image()
    {
        var signal = Da00Codec.Decode(WireVectors.Bytes("da00_image_int32")).Find("signal")!;

        signal.DataType.Should().Be(Da00DataType.Int32);
        signal.Axes.Should().Equal("y", "x");
        signal.Shape.Should().Equal(4L, 6L);
        signal.ToInt64s().Should().HaveCount(24).And.StartWith(74L);
        signal.ToDoubles()[1].Should().Be(34.0);
    }

    [Fact]
    public void Decodes_scalars_with_shape_one_and_a_string_attribute()
    {
        var array = Da00Codec.Decode(WireVectors.Bytes("da00_scalar_with_string_attr"));

        var signal = array.Find("signal")!;
        signal.Label.Should().Be("Total");
        signal.Axes.Should().BeEmpty();
        signal.Shape.Should().Equal(1L);
        signal.ToDoubles().Should().Equal(123.5);
        array.Find("start_time")!.ToInt64s().Should().Equal(1700000000000000000L);
        var note = array.Find("note")!;
        note.DataType.Should().Be(Da00DataType.CString);
        note.Unit.Should().BeNull();
        note.Shape.Should().Equal(5L);
        note.ToCString().Should().Be("hello");
    }

    [Fact]
    public void Round_trips_every_variable_kind_with_unicode_strings()
    {
        var original = new Da00DataArray("détecteur_λ", -1,
        [
            Da00Variable.Doubles("signal", "counts", ["y", "x"], [2, 2], [1.5, double.NaN, -0.0, double.MaxValue], label: "Zählrate"),
            Da00Variable.Doubles("time_of_arrival", "μs", ["x"], [3], [0.0, 7.1, 14.2]),
            Da00Variable.Int64s("time", "ns", [], [], [long.MaxValue]),
            Da00Variable.Int32s("empty", null, ["x"], [0], []),
            Da00Variable.CString("note", "größer als λ", unit: "dimensionless"),
            new Da00Variable("raw", null, null, "PV:SRC", Da00DataType.UInt16, ["x"], [2], [1, 0, 255, 255]),
        ]);

        var decoded = Da00Codec.Decode(Da00Codec.Encode(original));

        decoded.Should().Be(original);
        decoded.Find("raw")!.ToInt64s().Should().Equal(1L, 65535L);
        decoded.Find("note")!.ToCString().Should().Be("größer als λ");
    }

    [Fact]
    public void Round_trips_an_array_without_variables()
    {
        var original = new Da00DataArray("empty", 0, []);

        Da00Codec.Decode(Da00Codec.Encode(original)).Should().Be(original);
    }

    [Fact]
    public void Helpers_reject_values_that_do_not_fill_the_shape()
    {
        var act = () => Da00Variable.Doubles("signal", "counts", ["x"], [3], [1.0, 2.0]);

        act.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Encode_rejects_data_that_does_not_match_type_and_shape()
    {
        var variable = new Da00Variable("signal", null, null, null, Da00DataType.Float64, ["x"], [2], new byte[8]);

        var act = () => Da00Codec.Encode(new Da00DataArray("s", 0, [variable]));

        act.Should().Throw<ArgumentException>().WithMessage("*signal*8 data bytes*");
    }

    [Fact]
    public void Decode_rejects_data_that_does_not_match_the_shape()
    {
        var payload = WireVectors.Bytes("da00_scalar_with_string_attr");
        const int SignalShapeExtent = 0x150; // The single int64 of the signal's shape vector.
        BinaryPrimitives.ReadInt64LittleEndian(payload.AsSpan(SignalShapeExtent)).Should().Be(1);
        BinaryPrimitives.WriteInt64LittleEndian(payload.AsSpan(SignalShapeExtent), 2);

        var act = () => Da00Codec.Decode(payload);

        act.Should().Throw<WireFormatException>().WithMessage("da00: variable 'signal' has 8 data bytes but shape [2] of float64 needs 16");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(12)]
    [InlineData(-1)]
    public void Decode_rejects_unsupported_data_types(sbyte dataType)
    {
        var payload = WireVectors.Bytes("da00_scalar_with_string_attr");
        const int NoteDataType = 0x77;
        payload[NoteDataType].Should().Be((byte)Da00DataType.CString);
        payload[NoteDataType] = (byte)dataType;

        var act = () => Da00Codec.Decode(payload);

        act.Should().Throw<WireFormatException>().WithMessage($"*'note'*data_type {dataType}*");
    }

    [Fact]
    public void Decode_refuses_variables_that_all_point_at_one_large_region()
    {
        // 10,000 references to one variable with 64 KiB of data would otherwise materialise 640 MB.
        var builder = new FlatBufferBuilder(1 << 17);
        builder.StartVector(1, 1 << 16, 1);
        builder.Add(new byte[1 << 16]);
        var data = builder.EndVector();
        builder.StartVector(8, 1, 8);
        builder.AddLong(1 << 16);
        var shape = builder.EndVector();
        var name = builder.CreateString("signal");
        builder.StartTable(8);
        builder.AddOffset(0, name.Value, 0);
        builder.AddSbyte(4, (sbyte)Da00DataType.UInt8, 0);
        builder.AddOffset(6, shape.Value, 0);
        builder.AddOffset(7, data.Value, 0);
        var variable = builder.EndTable();
        builder.StartVector(4, 10_000, 4);
        for (var i = 0; i < 10_000; i++)
        {
            builder.AddOffset(variable);
        }

        var variables = builder.EndVector();
        var source = builder.CreateString("crafted");
        builder.StartTable(3);
        builder.AddOffset(0, source.Value, 0);
        builder.AddOffset(2, variables.Value, 0);
        builder.Finish(builder.EndTable(), "da00");

        var act = () => Da00Codec.Decode(builder.SizedByteArray());

        act.Should().Throw<WireFormatException>().WithMessage("*overlap*");
    }

    [Theory]
    [InlineData("da00_monitor_histogram")]
    [InlineData("da00_image_int32")]
    [InlineData("da00_scalar_with_string_attr")]
    public void The_builder_is_sized_for_the_whole_message_up_front(string vector)
    {
        var array = Da00Codec.Decode(WireVectors.Bytes(vector));

        Da00Codec.EncodedSizeBound(array).Should().BeGreaterThanOrEqualTo(Da00Codec.Encode(array).Length);
    }

    [Fact]
    public void Long_non_ascii_strings_and_many_axes_stay_within_the_size_bound()
    {
        var axes = Enumerable.Range(0, 6).Select(i => $"ачивка_{i}_{new string('λ', 40)}").ToArray();
        var shape = Enumerable.Repeat(1L, axes.Length).ToArray();
        var variables = Enumerable.Range(0, 5).Select(i => new Da00Variable(
            $"сигнал_{i}_{new string('Å', 100)}", new string('µ', 50), new string('θ', 70), new string('ö', 90),
            Da00DataType.Float64, axes, shape, BitConverter.GetBytes(i + 0.5))).ToArray();
        var array = new Da00DataArray(new string('源', 200), 1, variables);

        var encoded = Da00Codec.Encode(array);

        Da00Codec.EncodedSizeBound(array).Should().BeGreaterThanOrEqualTo(encoded.Length);
        Da00Codec.Decode(encoded).Variables.Select(v => v.Name).Should().Equal(variables.Select(v => v.Name));
    }
}
