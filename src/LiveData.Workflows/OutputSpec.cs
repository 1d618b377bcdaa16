namespace LiveData.Workflows;

/// <summary>One declared output of a workflow; <see cref="Title"/> becomes the published DataArray's name.</summary>
public sealed record OutputSpec(string Name, string Title, Temporality Temporality);
