namespace LiveData.Workflows;

/// <summary>
/// Upstream's <c>AuxInput</c>: a further stream a workflow reads besides its source (e.g. a monitor to normalise by),
/// by role. A job's config may pick one of <paramref name="Choices"/> per role; otherwise <paramref name="Default"/>.
/// </summary>
public sealed record AuxSource(string Role, string Title, IReadOnlyList<string> Choices, string Default);
