using LiveData.Workflows.Parameters;

namespace LiveData.Workflows.Reflectometry;

/// <summary>Upstream ESTIA's <c>IndexLimits</c>: the first and last detector index kept (both included), 0 ≤ start ≤ stop.</summary>
public sealed record IndexLimits(int Start, int Stop)
{
    /// <exception cref="InvalidWorkflowParamsException">a negative index, or stop below start.</exception>
    public static IndexLimits Read(ParamReader reader, IndexLimits defaults)
    {
        var limits = new IndexLimits(
            reader.Integer("start", defaults.Start, 0, int.MaxValue),
            reader.Integer("stop", defaults.Stop, 0, int.MaxValue));
        return limits.Stop >= limits.Start
            ? limits
            : throw reader.Invalid("stop", $"must be greater than or equal to start ({limits.Start}), got {limits.Stop}");
    }

    public bool Contains(int index) => index >= Start && index <= Stop;
}
