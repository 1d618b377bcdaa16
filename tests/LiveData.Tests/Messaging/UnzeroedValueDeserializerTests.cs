using Confluent.Kafka;
using LiveData.Messaging.Kafka;

namespace LiveData.Tests.Messaging;

public sealed class UnzeroedValueDeserializerTests
{
    private static readonly SerializationContext Value = new(MessageComponentType.Value, "topic");

    [Fact]
    public void A_value_is_copied_byte_for_byte_into_an_array_of_its_own()
    {
        var payload = Enumerable.Range(0, 100_000).Select(i => (byte)(i * 31 + 7)).ToArray();

        var value = UnzeroedValueDeserializer.Instance.Deserialize(payload, isNull: false, Value);

        value.Should().Equal(payload);
        value.Should().NotBeSameAs(payload);
    }

    [Fact]
    public void A_null_value_becomes_an_empty_array() =>
        UnzeroedValueDeserializer.Instance.Deserialize(ReadOnlySpan<byte>.Empty, isNull: true, Value).Should().BeEmpty();
}
