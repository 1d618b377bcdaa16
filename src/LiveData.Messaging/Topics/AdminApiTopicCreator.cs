using Confluent.Kafka;
using Confluent.Kafka.Admin;

namespace LiveData.Messaging.Topics;

/// <summary>Creates topics on a real Kafka cluster through the CreateTopics admin API.</summary>
internal sealed class AdminApiTopicCreator(IAdminClient admin, string bootstrapServers) : ITopicCreator
{
    private static readonly TimeSpan RequestTimeout = TimeSpan.FromSeconds(15);

    public async Task RequestAsync(IReadOnlyList<string> topics, int partitions, CancellationToken ct)
    {
        // The replication factor is left to the broker's default, which suits one-node dev
        // clusters and production alike.
        var specifications = topics.Select(t => new TopicSpecification { Name = t, NumPartitions = partitions }).ToList();
        var options = new CreateTopicsOptions { RequestTimeout = RequestTimeout, OperationTimeout = RequestTimeout };
        try
        {
            await admin.CreateTopicsAsync(specifications, options).WaitAsync(ct);
        }
        catch (CreateTopicsException ex)
        {
            // Another process may have created some of them in the meantime; that is success too.
            var failures = ex.Results
                .Where(r => r.Error.Code is not (ErrorCode.NoError or ErrorCode.TopicAlreadyExists))
                .Select(r => $"{r.Topic}: {r.Error.Reason}")
                .ToList();
            if (failures.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Could not create topics on {bootstrapServers}: {string.Join("; ", failures)}", ex);
            }
        }
    }
}
