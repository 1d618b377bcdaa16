namespace LiveData.Instruments;

/// <summary>One raw stream with its production (ECDC) topic and source_name, and the internal stream it maps to.</summary>
public sealed record ProdStream(string Topic, string SourceName, string Stream)
{
    /// <summary>The beam monitors on their ECDC topic, numbered as upstream's stream mapping does: cbm1, cbm2, … in order.</summary>
    public static IEnumerable<ProdStream> Monitors(string topic, IEnumerable<string> monitors) =>
        monitors.Select((monitor, i) => new ProdStream(topic, $"cbm{i + 1}", monitor));
}
