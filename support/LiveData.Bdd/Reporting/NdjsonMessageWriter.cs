using Io.Cucumber.Messages.Types;

namespace LiveData.Bdd;

/// <summary>Writes envelopes as NDJSON, one JSON object per line; safe to call from several threads.</summary>
public sealed class NdjsonMessageWriter(TextWriter writer)
{
    private readonly Lock _gate = new();

    public void Write(Envelope envelope)
    {
        var line = MessagesJson.Serialize(envelope);
        lock (_gate)
        {
            writer.Write(line);
            writer.Write('\n');
        }
    }

    public void WriteAll(IEnumerable<Envelope> envelopes)
    {
        foreach (var envelope in envelopes)
        {
            Write(envelope);
        }
    }
}
