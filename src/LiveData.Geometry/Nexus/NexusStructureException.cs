namespace LiveData.Geometry.Nexus;

/// <summary>A NeXus file lacks, or has malformed, structure geometry needs; the message starts with the HDF5 path.</summary>
public sealed class NexusStructureException : Exception
{
    public NexusStructureException(string hdf5Path, string problem, Exception? inner = null)
        : base($"{hdf5Path}: {problem}", inner)
    {
        Hdf5Path = hdf5Path;
    }

    /// <summary>The path in the file where the problem is, e.g. <c>/entry/instrument/mantle/transformations/rot</c>.</summary>
    public string Hdf5Path { get; }
}
