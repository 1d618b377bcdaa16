namespace LiveData.Tests.Messaging;

public sealed class TopicNamespaceTests
{
    [Fact]
    public void No_namespace_leaves_upstream_names_unchanged()
    {
        var topics = InstrumentTopics.For("loki");

        topics.Namespace.Should().Be(TopicNamespace.None);
        topics.Should().Be(InstrumentTopics.For("loki", TopicNamespace.Of("")));
        topics.All.Should().OnlyContain(topic => topic.StartsWith("loki_", StringComparison.Ordinal));
    }

    [Fact]
    public void A_prefix_goes_before_every_topic_of_the_instrument()
    {
        var plain = InstrumentTopics.For("dummy");
        var prefixed = InstrumentTopics.For("dummy", TopicNamespace.Of("s1a2b3c4d-"));

        prefixed.All.Should().Equal(plain.All.Select(topic => "s1a2b3c4d-" + topic));
        prefixed.BeamMonitor.Should().Be("s1a2b3c4d-dummy_beam_monitor");
        prefixed.Commands.Should().Be("s1a2b3c4d-dummy_livedata_commands");
    }

    [Fact]
    public void Topic_sets_in_different_namespaces_differ()
    {
        InstrumentTopics.For("dummy", TopicNamespace.Of("a.")).Should().NotBe(InstrumentTopics.For("dummy", TopicNamespace.Of("b.")));
        InstrumentTopics.For("dummy", TopicNamespace.Of("a.")).Should().Be(InstrumentTopics.For("dummy", TopicNamespace.Of("a.")));
    }

    [Fact]
    public void An_explicit_prefix_is_used_as_given() =>
        TopicNamespace.Resolve("team-a.").Prefix.Should().Be("team-a.");

    [Theory]
    [InlineData("has space")]
    [InlineData("slash/")]
    [InlineData("colon:")]
    public void Prefixes_that_cannot_form_topic_names_are_rejected(string prefix)
    {
        var act = () => TopicNamespace.Of(prefix);

        act.Should().Throw<ArgumentException>().WithMessage($"*'{prefix}'*");
    }

    [Fact]
    public void A_prefix_that_makes_names_too_long_is_rejected()
    {
        var act = () => InstrumentTopics.For("dummy", TopicNamespace.Of(new string('p', TopicNames.MaxLength)));

        act.Should().Throw<ArgumentException>();
    }
}
