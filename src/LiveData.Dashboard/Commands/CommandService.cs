using LiveData.Messaging.Kafka;
using LiveData.Protocol.Commands;

namespace LiveData.Dashboard.Commands;

/// <summary>Sends commands to the instrument's commands topic; a batch goes out with one flush.</summary>
internal sealed class CommandService(IMessageSink publisher, string commandsTopic)
{
    public void SendBatch(IReadOnlyList<Command> commands, CancellationToken ct)
    {
        foreach (var command in commands)
        {
            publisher.Publish(commandsTopic, CommandJson.Serialize(command));
        }
        publisher.Flush(ct);
    }
}
