using LiveData.Wire;
using LiveData.Wire.Ad00;
using LiveData.Wire.F144;

namespace LiveData.Tests.Wire;

public sealed class Ad00Tests
{
    private static readonly Ad00Array Image = Ad00Array.UInt16s("area_panel", 7, 1_767_225_600_000_000_000, [2, 3], [0, 1, 2, 3, 4, ushort.MaxValue]);

    [Fact]
    public void Round_trips_an_image()
    {
        var payload = Ad00Codec.Encode(Image);

        SchemaId.Identify(payload).Should().Be(SchemaId.Ad00);
        Ad00Codec.Decode(payload).Should().Be(Image);
    }

    [Fact]
    public void Round_trips_float64_images()
    {
        var image = Ad00Array.Doubles("cam", 0, 5, [1, 2], [0.5, -1.5]);

        Ad00Codec.Decode(Ad00Codec.Encode(image)).Should().Be(image);
    }

    [Fact]
    public void Adds_pixels_widened_to_double()
    {
        var sum = new double[6];

        Image.AddTo(sum);
        Image.AddTo(sum);

        sum.Should().Equal(0, 2, 4, 6, 8, 2.0 * ushort.MaxValue);
    }

    [Fact]
    public void Refuses_to_add_onto_a_sum_of_another_size() =>
        FluentActions.Invoking(() => Image.AddTo(new double[5])).Should().Throw<ArgumentException>();

    [Fact]
    public void Refuses_to_build_an_image_whose_data_does_not_fit_its_dimensions() =>
        FluentActions.Invoking(() => Ad00Array.UInt16s("x", 0, 0, [2, 2], [1, 2, 3])).Should().Throw<ArgumentException>();

    [Fact]
    public void Every_truncation_decodes_or_is_rejected()
    {
        var payload = Ad00Codec.Encode(Image);
        for (var length = 0; length < payload.Length; length++)
        {
            DecodesOrRejects(payload[..length]);
        }
        FluentActions.Invoking(() => Ad00Codec.Decode(payload[..60])).Should().Throw<WireFormatException>("half an image is not an image");
    }

    [Fact]
    public void Random_byte_mutations_decode_or_are_rejected()
    {
        var random = new Random(4);
        var payload = Ad00Codec.Encode(Image);
        for (var i = 0; i < 2000; i++)
        {
            var mutated = (byte[])payload.Clone();
            mutated[random.Next(8, mutated.Length)] = (byte)random.Next(256);
            DecodesOrRejects(mutated);
        }
    }

    // Trailing padding may be cut without harm; anything else must end in a WireFormatException.
    private static void DecodesOrRejects(byte[] payload)
    {
        try
        {
            Ad00Codec.Decode(payload);
        }
        catch (WireFormatException)
        {
            // Rejected with a clear error, as hostile input must be.
        }
    }

    [Fact]
    public void Rejects_a_payload_of_another_schema() =>
        FluentActions.Invoking(() => Ad00Codec.Decode(F144Codec.Encode(new F144LogData("m", 0, F144Value.Scalar(1.0)))))
            .Should().Throw<WireFormatException>().WithMessage("*file identifier*");

    [Fact]
    public void Renders_as_json_with_typed_pixels()
    {
        var json = System.Text.Json.JsonDocument.Parse(WireJson.ToJson(Ad00Codec.Encode(Image))).RootElement;

        json.GetProperty("schema").GetString().Should().Be("ad00");
        json.GetProperty("id").GetInt32().Should().Be(7);
        json.GetProperty("data").GetProperty("dtype").GetString().Should().Be("uint16");
        json.GetProperty("data").GetProperty("values").EnumerateArray().Select(v => v.GetInt64()).Should().Equal(0, 1, 2, 3, 4, ushort.MaxValue);
    }
}
