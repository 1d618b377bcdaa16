using Confluent.Kafka;

namespace LiveData.Tests.Messaging;

public sealed class TopicProvisionerTests
{

    [Fact]
    public async Task Missing_topics_are_created_with_the_requested_partitions()
    {
        await using var broker = await TestBroker.StartAsync();
        var settings = broker.Settings();

        await TopicProvisioner.Create(settings, NullLogger.Instance).EnsureTopicsAsync(["wide_a", "wide_b"], 3, Ct);

        PartitionCounts(settings).Should().Contain("wide_a", 3).And.Contain("wide_b", 3);
    }

    [Fact]
    public async Task Instrument_topics_get_one_partition_by_default()
    {
        await using var broker = await TestBroker.StartAsync();
        var settings = broker.Settings();
        var topics = InstrumentTopics.For("dummy").All;

        await TopicProvisioner.Create(settings, NullLogger.Instance).EnsureTopicsAsync(topics, ct: Ct);

        var counts = PartitionCounts(settings);
        topics.Should().AllSatisfy(t => counts.Should().Contain(t, 1));
    }

    [Fact]
    public async Task Provisioning_twice_changes_nothing_and_leaves_existing_topics_alone()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("existing", partitions: 2);
        var settings = broker.Settings();
        var provisioner = TopicProvisioner.Create(settings, NullLogger.Instance);

        await provisioner.EnsureTopicsAsync(["existing", "fresh"], 1, Ct);
        await provisioner.EnsureTopicsAsync(["existing", "fresh"], 4, Ct);

        var counts = PartitionCounts(settings);
        counts.Should().Contain("existing", 2).And.Contain("fresh", 1);
    }

    [Fact]
    public async Task Malformed_control_requests_do_not_stop_topic_creation()
    {
        await using var broker = await TestBroker.StartAsync();
        var settings = broker.Settings();
        using (var producer = KafkaTestClients.Producer(settings))
        {
            foreach (var junk in new[] { "not json", """{"create_topic":"bad name!","partitions":1}""", """{"partitions":0}""" })
            {
                await producer.ProduceAsync("__livedata_broker", new Message<Null, byte[]> { Value = System.Text.Encoding.UTF8.GetBytes(junk) }, Ct);
            }
        }

        await TopicProvisioner.Create(settings, NullLogger.Instance).EnsureTopicsAsync(["after_junk"], 1, Ct);

        PartitionCounts(settings).Should().Contain("after_junk", 1).And.NotContainKey("bad name!");
    }

    [Fact]
    public async Task Invalid_topic_names_are_rejected_before_contacting_the_broker()
    {
        var provisioner = TopicProvisioner.Create(new KafkaSettings("localhost:1"), NullLogger.Instance);

        var act = () => provisioner.EnsureTopicsAsync(["no spaces allowed"], 1, Ct);

        await act.Should().ThrowAsync<ArgumentException>().WithMessage("*no spaces allowed*");
    }

    private static Dictionary<string, int> PartitionCounts(KafkaSettings settings) =>
        KafkaTestClients.Metadata(settings).Topics.ToDictionary(t => t.Topic, t => t.Partitions.Count);
}
