namespace LiveData.Bench.Reporting;

/// <summary>
/// One measured figure. A figure compared against a reference measured in the same run carries the
/// reference and the ratio; a figure with a target says whether it met it.
/// </summary>
/// <param name="Section">The bench section (kernels, pipeline, ...).</param>
/// <param name="Name">What was measured, e.g. "monitor 1-D, 100 bins".</param>
/// <param name="Value">The measured value.</param>
/// <param name="Unit">Its unit, e.g. "events/s".</param>
/// <param name="Reference">What the value is compared with (e.g. numpy, broker ceiling), measured in the same run.</param>
/// <param name="Target">The target, as a condition on the value or the ratio.</param>
public sealed record BenchFigure(string Section, string Name, double Value, string Unit, BenchReference? Reference = null, BenchTarget? Target = null)
{
    public double? Ratio => Reference is { Value: > 0 } reference ? Value / reference.Value : null;

    public bool? Met => Target?.IsMetBy(this);
}

/// <param name="Name">e.g. "numpy bincount", "broker raw", "memory bandwidth bound".</param>
public sealed record BenchReference(string Name, double Value);

/// <summary>A target: the value (or, when <paramref name="OnRatio"/>, the ratio to the reference) compared with a limit.</summary>
/// <param name="Comparison">"&gt;=" or "&lt;=".</param>
public sealed record BenchTarget(string Comparison, double Limit, bool OnRatio = false)
{
    public static BenchTarget AtLeast(double limit) => new(">=", limit);

    public static BenchTarget AtMost(double limit) => new("<=", limit);

    public static BenchTarget RatioAtLeast(double limit) => new(">=", limit, OnRatio: true);

    public bool? IsMetBy(BenchFigure figure)
    {
        var measured = OnRatio ? figure.Ratio : figure.Value;
        if (measured is not { } value)
        {
            return null;
        }
        return Comparison == ">=" ? value >= Limit : value <= Limit;
    }

    public override string ToString() => OnRatio ? $"{Comparison} {Limit:0.##}x" : $"{Comparison} {Limit:G4}";
}
