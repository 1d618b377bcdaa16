using LiveData.Wire.F144;

namespace LiveData.Tests.Wire;

public sealed class F144Tests
{
    public static TheoryData<Array> ValuesOfEveryType => new(new Array[]
    {
        new sbyte[] { sbyte.MinValue, -1, sbyte.MaxValue },
        new byte[] { 0, byte.MaxValue },
        new short[] { short.MinValue, short.MaxValue },
        new ushort[] { ushort.MaxValue },
        new[] { int.MinValue, 0, int.MaxValue },
        new[] { uint.MaxValue },
        new[] { long.MinValue, long.MaxValue },
        new[] { ulong.MaxValue, 0UL },
        new[] { float.Epsilon, -0.0f, float.NaN },
        new[] { double.Epsilon, -0.0, double.NaN, 1700000000.000000123 },
    });

    [Fact]
    public void Decodes_a_double_scalar()
    {
        var log = F144Codec.Decode(WireVectors.Bytes("f144_double"));

        log.SourceName.Should().Be("motor_x");
        log.Timestamp.Should().Be(1700000000000000011);
        log.Value.Should().Be(F144Value.Scalar(12.5));
        log.Value.DType.Should().Be("float64");
        log.Value.Shape.Should().BeEmpty();
    }

    [Fact]
    public void Decodes_an_int64_scalar()
    {
        var log = F144Codec.Decode(WireVectors.Bytes("f144_int"));

        log.SourceName.Should().Be("shutter");
        log.Value.Should().Be(F144Value.Scalar(1L));
        log.Value.DType.Should().Be("int64");
    }

    [Fact]
    public void Decodes_a_double_array()
    {
        var log = F144Codec.Decode(WireVectors.Bytes("f144_double_array"));

        log.SourceName.Should().Be("chopper_phases");
        log.Value.IsArray.Should().BeTrue();
        log.Value.Shape.Should().Equal(3L);
        log.Value.ToDoubles().Should().Equal(0.5, 1.5, 2.5);
    }

    [Theory]
    [MemberData(nameof(ValuesOfEveryType))]
    public void Round_trips_arrays_of_every_element_type(Array values)
    {
        var original = new F144LogData("détecteur_λ:temp", 1700000000000000013, F144Value.Create(values, isArray: true));

        F144Codec.Decode(F144Codec.Encode(original)).Should().Be(original);
    }

    [Theory]
    [MemberData(nameof(ValuesOfEveryType))]
    public void Round_trips_scalars_of_every_element_type(Array values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            var scalar = Array.CreateInstance(values.GetType().GetElementType()!, 1);
            scalar.SetValue(values.GetValue(i), 0);
            var original = new F144LogData("pv", i, F144Value.Create(scalar, isArray: false));

            F144Codec.Decode(F144Codec.Encode(original)).Should().Be(original);
        }
    }

    [Fact]
    public void Round_trips_an_empty_array()
    {
        var original = new F144LogData("pv", 0, F144Value.Array(Array.Empty<long>()));

        var decoded = F144Codec.Decode(F144Codec.Encode(original));

        decoded.Should().Be(original);
        decoded.Value.Shape.Should().Equal(0L);
    }

    [Fact]
    public void A_scalar_holds_exactly_one_element()
    {
        var act = () => F144Value.Create(new[] { 1.0, 2.0 }, isArray: false);

        act.Should().Throw<ArgumentException>();
    }
}
