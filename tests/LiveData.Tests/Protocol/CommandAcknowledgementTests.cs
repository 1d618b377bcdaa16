using System.Text;
using LiveData.Protocol.Acknowledgements;
using LiveData.Protocol.Json;

namespace LiveData.Tests.Protocol;

public sealed class CommandAcknowledgementTests
{
    private static string Json(CommandAcknowledgement ack) => Encoding.UTF8.GetString(ack.ToJson());

    private static CommandAcknowledgement Parse(string json) => CommandAcknowledgement.Parse(Encoding.UTF8.GetBytes(json));

    [Fact]
    public void An_ACK_serialises_to_upstreams_compact_json_with_a_null_message()
    {
        Json(CommandAcknowledgement.Ack("9b1d", "monitor1")).Should().Be("""{"message_id":"9b1d","device":"monitor1","response":"ACK","message":null}""");
    }

    [Fact]
    public void An_ERR_carries_the_error_text()
    {
        Json(CommandAcknowledgement.Err("9b1d", "all", "Action 'pause' is not implemented"))
            .Should().Be("""{"message_id":"9b1d","device":"all","response":"ERR","message":"Action 'pause' is not implemented"}""");
    }

    [Fact]
    public void Error_text_is_escaped_as_json_but_not_ascii_mangled()
    {
        var json = Json(CommandAcknowledgement.Err("m", "monitor1", "bad \"unit\" μs"));

        json.Should().Contain("""bad \"unit\" μs""");
        Parse(json).Message.Should().Be("bad \"unit\" μs");
    }

    [Fact]
    public void Parse_round_trips_both_responses()
    {
        var ack = CommandAcknowledgement.Ack("a", "monitor1/5c7e2f4a-8b9c-4d0e-a1f2-3b4c5d6e7f80");
        var err = CommandAcknowledgement.Err("b", "monitor2", "nope");

        Parse(Json(ack)).Should().Be(ack);
        Parse(Json(err)).Should().Be(err);
    }

    [Fact]
    public void Parse_accepts_an_absent_message()
    {
        Parse("""{"message_id":"m","device":"d","response":"ACK"}""").Should().Be(CommandAcknowledgement.Ack("m", "d"));
    }

    [Theory]
    [InlineData("""{"message_id":"m","device":"d","response":"OK"}""")]
    [InlineData("""{"message_id":"m","device":"d"}""")]
    [InlineData("""{"device":"d","response":"ACK"}""")]
    [InlineData("""{"message_id":"m","response":"ACK"}""")]
    [InlineData("""{"message_id":"m","device":"d","response":"ACK" """)]
    [InlineData("")]
    [InlineData("[1,2]")]
    [InlineData("\"ACK\"")]
    public void Parse_rejects_malformed_acknowledgements_with_JsonFormatException(string json)
    {
        var parse = () => Parse(json);

        parse.Should().Throw<JsonFormatException>();
    }
}
