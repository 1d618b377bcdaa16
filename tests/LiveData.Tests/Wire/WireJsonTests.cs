using LiveData.Wire;
using LiveData.Wire.Da00;
using LiveData.Wire.F144;

namespace LiveData.Tests.Wire;

public sealed class WireJsonTests
{
    [Theory]
    [MemberData(nameof(WireVectors.All), MemberType = typeof(WireVectors))]
    public void Renders_each_golden_vector_like_its_reference_dump(string vector)
    {
        var json = WireJson.ToJson(WireVectors.Bytes(vector));

        JsonAssert.Equivalent(json, WireVectors.Json(vector));
    }

    [Fact]
    public void Keeps_unicode_readable_and_doubles_exact()
    {
        var array = new Da00DataArray("détecteur_λ", 5,
        [
            Da00Variable.Doubles("t", "μs", ["t"], [3], [0.1, 1.0 / 3.0, double.Epsilon]),
        ]);

        var json = WireJson.ToJson(Da00Codec.Encode(array));

        json.Should().Contain("\"détecteur_λ\"").And.Contain("\"μs\"");
        JsonAssert.Equivalent(json, """
            {"schema": "da00", "source_name": "détecteur_λ", "timestamp": 5, "variables": [
              {"name": "t", "unit": "μs", "label": null, "source": null, "axes": ["t"],
               "dtype": "float64", "shape": [3], "values": [0.1, 0.3333333333333333, 5E-324]}]}
            """);
    }

    [Fact]
    public void Writes_non_finite_doubles_as_python_does()
    {
        var log = new F144LogData("pv", 1, F144Value.Array([double.NaN, double.PositiveInfinity, double.NegativeInfinity]));

        var json = WireJson.ToJson(F144Codec.Encode(log));

        json.Should().Contain("NaN").And.Contain("-Infinity");
    }

    [Fact]
    public void Indents_by_one_space_like_the_reference_dumps()
    {
        var json = WireJson.ToJson(WireVectors.Bytes("x5f2_status"));

        json.Should().Be(WireVectors.Json("x5f2_status").TrimEnd());
    }

    [Fact]
    public void Names_the_identifier_it_does_not_know()
    {
        var payload = new byte[16];
        "abcd"u8.CopyTo(payload.AsSpan(4));

        var act = () => WireJson.ToJson(payload);

        act.Should().Throw<WireFormatException>().WithMessage("*'abcd'*61626364*");
    }

    [Fact]
    public void Rejects_a_payload_too_short_for_an_identifier()
    {
        var act = () => WireJson.ToJson([]);

        act.Should().Throw<WireFormatException>();
    }
}
