using LiveData.Wire.X5f2;

namespace LiveData.Tests.Wire;

public sealed class X5f2Tests
{
    [Fact]
    public void Decodes_a_status_message()
    {
        var status = X5f2Codec.Decode(WireVectors.Bytes("x5f2_status"));

        status.Should().Be(new X5f2Status(
            "livedata", "1.0.0", "dummy_monitor_data:0", "host-a", 4242, 2000, """{"state": "running", "jobs": []}"""));
    }

    [Fact]
    public void Round_trips_unicode_and_extreme_values()
    {
        var original = new X5f2Status("livedata", "2.0.0-β", "détecteur_λ:3f0c", "hôte", uint.MaxValue, 0, """{"message": "μs"}""");

        X5f2Codec.Decode(X5f2Codec.Encode(original)).Should().Be(original);
    }

    [Fact]
    public void Round_trips_empty_strings()
    {
        var original = new X5f2Status("", "", "", "", 0, 0, "");

        X5f2Codec.Decode(X5f2Codec.Encode(original)).Should().Be(original);
    }
}
