using LiveData.Wire;

namespace LiveData.Tests.Wire;

public sealed class SchemaIdTests
{
    [Theory]
    [MemberData(nameof(WireVectors.All), MemberType = typeof(WireVectors))]
    public void Identifies_each_golden_vector_by_its_file_identifier(string vector)
    {
        SchemaId.Identify(WireVectors.Bytes(vector)).Should().Be(vector[..4]);
    }

    [Fact]
    public void Returns_null_below_eight_bytes() => SchemaId.Identify("\0\0\0\0ev4"u8).Should().BeNull();

    [Fact]
    public void Returns_unknown_identifiers_verbatim() => SchemaId.Identify("\0\0\0\0pl72"u8).Should().Be("pl72");
}
