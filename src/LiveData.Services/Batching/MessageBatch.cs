using LiveData.Services.Routing;

namespace LiveData.Services.Batching;

/// <summary>The stream messages of one data-time window <c>[StartNs, EndNs)</c>.</summary>
public sealed record MessageBatch(long StartNs, long EndNs, IReadOnlyList<StreamMessage> Messages)
{
    public IEnumerable<IGrouping<string, StreamMessage>> ByStream => Messages.GroupBy(m => m.Stream);
}
