namespace LiveData.Instruments.Logs;

/// <summary>
/// One f144 log as the instrument's NeXus geometry declares it (upstream's <c>streams_parsed.py</c> row):
/// where it sits in the file, the EPICS PV the forwarder publishes as <c>source_name</c>, its production topic and unit.
/// </summary>
public sealed record ParsedF144Stream(string NexusPath, string Source, string Topic, string Unit)
{
    /// <summary>The NeXus group holding this log (a device's RBV, VAL and DMOV share one).</summary>
    public string ParentPath => NexusPath[..Math.Max(0, NexusPath.LastIndexOf('/'))];
}
