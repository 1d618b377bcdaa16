namespace LiveData.Instruments;

/// <summary>One raw stream with its production (ECDC) topic and source_name, and the internal stream it maps to.</summary>
public sealed record ProdStream(string Topic, string SourceName, string Stream);
