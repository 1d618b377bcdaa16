using System.Globalization;

namespace LiveData.Messaging.Broker;

/// <summary>
/// The embedded broker's list of topics in a file, one "name partitions" line each, so that a broker
/// restarted with the same file has the same topics again, as a real Kafka cluster would. Messages
/// are not kept: a restart empties every topic.
/// </summary>
public sealed class TopicLedger(string path)
{
    private readonly Lock _gate = new();

    public string Path { get; } = path;

    /// <summary>The topics remembered so far, in the order they were created; none if the file does not exist.</summary>
    public IReadOnlyList<(string Topic, int Partitions)> Load()
    {
        lock (_gate)
        {
            return File.Exists(Path)
                ? [.. File.ReadLines(Path).Where(l => l.Length > 0).Select(Parse)]
                : [];
        }
    }

    public void Remember(string topic, int partitions)
    {
        lock (_gate)
        {
            File.AppendAllLines(Path, [$"{topic} {partitions.ToString(CultureInfo.InvariantCulture)}"]);
        }
    }

    private (string Topic, int Partitions) Parse(string line)
    {
        var fields = line.Split(' ');
        return fields.Length == 2 && int.TryParse(fields[1], CultureInfo.InvariantCulture, out var partitions) && partitions > 0
            ? (fields[0], partitions)
            : throw new InvalidDataException($"{Path}: '{line}' is not a \"topic partitions\" line");
    }
}
