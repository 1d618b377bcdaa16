using LiveData.Messaging.Broker;

namespace LiveData.Tests.Messaging;

public sealed class TopicLedgerTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"livedata-ledger-test-{Guid.NewGuid():N}.txt");


    public void Dispose() => File.Delete(_path);

    [Fact]
    public void A_missing_file_is_an_empty_ledger_and_remembered_topics_read_back_in_order()
    {
        var ledger = new TopicLedger(_path);
        ledger.Load().Should().BeEmpty();

        ledger.Remember("dummy_beam_monitor", 1);
        ledger.Remember("dummy_livedata_data", 4);

        new TopicLedger(_path).Load().Should().Equal(("dummy_beam_monitor", 1), ("dummy_livedata_data", 4));
    }

    [Fact]
    public async Task A_broker_started_again_with_the_ledger_has_the_same_topics()
    {
        await using (var first = await EmbeddedBroker.StartAsync(0, NullLogger.Instance, Ct, new TopicLedger(_path)))
        {
            first.CreateTopic("kept_topic", partitions: 3);
        }

        await using var second = await EmbeddedBroker.StartAsync(0, NullLogger.Instance, Ct, new TopicLedger(_path));

        var topic = KafkaTestClients.Metadata(new KafkaSettings(second.BootstrapServers)).Topics.Single(t => t.Topic == "kept_topic");
        topic.Partitions.Should().HaveCount(3);
        second.CreateTopic("kept_topic").Should().BeFalse("the restarted broker created it from the ledger");
    }

    [Fact]
    public async Task A_ledger_line_that_is_not_a_topic_stops_the_broker_from_starting_with_a_clear_error()
    {
        await File.WriteAllTextAsync(_path, "no_partition_count\n", Ct);

        var start = () => EmbeddedBroker.StartAsync(0, NullLogger.Instance, Ct, new TopicLedger(_path));

        (await start.Should().ThrowAsync<BrokerStartException>()).WithMessage($"*{_path}*no_partition_count*");
    }
}
