using LiveData.Core.Data;

namespace LiveData.Workflows;

/// <summary>A running job's computation: fed per batch, asked for its outputs after each batch that fed it.</summary>
public interface IWorkflow
{
    void Accumulate(StreamData data);

    /// <summary>Current outputs by name; window outputs start over afterwards.</summary>
    IReadOnlyDictionary<string, DataArray> Finalize();

    /// <summary>Clears all accumulated data; the job keeps running.</summary>
    void Reset();
}
