using LiveData.Wire;
using LiveData.Wire.Ad00;

namespace LiveData.Tests.Wire;

/// <summary>Messages <c>livedata-bench fuzz</c> found crashing a consumer, kept byte for byte.</summary>
public sealed class FuzzFindingTests
{
    [Fact]
    public void An_ad00_image_of_text_renders_as_its_text()
    {
        // ad00, run seed 20261124, message 504885: data_type became c_string; rendering asked the text for pixel values.
        var payload = Convert.FromBase64String(
            "GAAAAGFkMDAQACAAFAAQABgADAAHAAgAEAAAAPT//wo0AAAAIAAAAAIAAAAMAAAAAAAqNveclxcGAAAAY2FtZXJhAAABAAAAAgAAAAAAAAAAAAAAEAAAAAAAAAAAAOA/AAAAAAAA8L8=");

        var image = Ad00Codec.Decode(payload);
        var json = WireJson.ToJson(payload);

        image.DataType.Should().Be(Ad00DataType.CString);
        json.Should().Contain("\"dtype\": \"c_string\"").And.Contain("\"string\":");
    }

    [Fact]
    public void An_ad00_text_image_is_not_sized_by_its_dimensions()
    {
        // Text is not held to its dimensions, so a huge extent must not allocate a pixel per element.
        var payload = Ad00Codec.Encode(new Ad00Array("camera", 1, 0, [1L << 40], Ad00DataType.CString, "hello"u8.ToArray()));

        var json = WireJson.ToJson(payload);

        json.Should().Contain("\"string\": \"hello\"");
    }
}
