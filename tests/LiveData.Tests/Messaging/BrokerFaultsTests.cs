using Confluent.Kafka;
using LiveData.Messaging.Broker;

namespace LiveData.Tests.Messaging;

public sealed class BrokerFaultsTests
{
    // Retriable, so it counts against the producer's retries (a leader change would not).
    private const int NotEnoughReplicas = 19;


    [Fact]
    public async Task An_injected_produce_error_reaches_a_producer_that_does_not_retry_and_then_passes()
    {
        await using var broker = await TestBroker.StartAsync();
        broker.CreateTopic("faulty");
        var settings = broker.Settings();
        var config = settings.CreateProducerConfig();
        config.MessageSendMaxRetries = 0;
        using var producer = new ProducerBuilder<Null, byte[]>(config).SetLogHandler((_, _) => { }).Build();

        await BrokerFaults.FailNextRequestsAsync(settings, KafkaRequest.Produce, NotEnoughReplicas, 1, NullLogger.Instance, Ct);

        // The broker applies the request shortly after it arrives; produce until the injected error shows.
        var error = await FirstProduceErrorAsync(producer);
        error.Should().Be((ErrorCode)NotEnoughReplicas);
        var delivered = await producer.ProduceAsync("faulty", new Message<Null, byte[]> { Value = [1] }, Ct);
        delivered.Status.Should().Be(PersistenceStatus.Persisted, "only one request was to fail");
    }

    [Fact]
    public async Task Invalid_injections_are_refused_before_they_are_sent()
    {
        var settings = new KafkaSettings("localhost:1");

        var noCount = () => BrokerFaults.FailNextRequestsAsync(settings, KafkaRequest.Fetch, NotEnoughReplicas, 0, NullLogger.Instance, Ct);
        var negativeDelay = () => BrokerFaults.SetRoundTripAsync(settings, TimeSpan.FromMilliseconds(-1), NullLogger.Instance, Ct);

        await noCount.Should().ThrowAsync<ArgumentOutOfRangeException>();
        await negativeDelay.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    private static async Task<ErrorCode> FirstProduceErrorAsync(IProducer<Null, byte[]> producer)
    {
        var deadline = DateTime.UtcNow + KafkaTestClients.Deadline;
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                await producer.ProduceAsync("faulty", new Message<Null, byte[]> { Value = [0] }, Ct);
            }
            catch (ProduceException<Null, byte[]> e)
            {
                return e.Error.Code;
            }
        }
        throw new TimeoutException("No produce request failed although an error was injected");
    }
}
