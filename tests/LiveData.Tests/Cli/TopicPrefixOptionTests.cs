using LiveData.Cli.Commands;

namespace LiveData.Tests.Cli;

/// <summary>Every command that names topics takes <c>--topic-prefix</c> and refuses prefixes Kafka could not use.</summary>
public sealed class TopicPrefixOptionTests
{
    private static IReadOnlyList<string> Errors(string arguments) =>
        [.. LiveDataCommandLine.Build().Parse(arguments).Errors.Select(e => e.Message)];

    [Theory]
    [InlineData("service monitor_data --dev --topic-prefix s1-")]
    [InlineData("service fake_monitors --mode ev44 --topic-prefix team.a_")]
    [InlineData("topics ensure --instrument loki --topic-prefix x-")]
    public void Accepts_a_topic_prefix(string arguments) => Errors(arguments).Should().BeEmpty();

    [Theory]
    [InlineData("service monitor_data --dev --topic-prefix a/b")]
    [InlineData("topics ensure --topic-prefix \"a b\"")]
    public void Refuses_a_prefix_with_illegal_characters(string arguments) =>
        Errors(arguments).Should().ContainMatch("--topic-prefix * may only use the characters [a-zA-Z0-9._-]");
}
