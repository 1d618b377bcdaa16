using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using LiveData.Workflows.Histogramming;

namespace LiveData.Tests.Workflows.Histogramming;

/// <summary>The hand-written per-event binning agrees with its plain definitions on generated edges and values.</summary>
public sealed class BinningProperties
{
    private const int Cases = 2000;

    // Strictly increasing edges (2 to 40 of them) from positive steps, and values that hit edges, fall between them or outside.
    private static readonly Gen<double[]> Edges =
        from start in Gen.Choose(-1000, 1000)
        from steps in Gen.Choose(1, 50).ArrayOf().Where(s => s.Length is >= 1 and <= 39)
        select steps.Aggregate(new List<double> { start / 10.0 }, (edges, step) => { edges.Add(edges[^1] + step / 10.0); return edges; }).ToArray();

    private static Gen<double> ValuesAround(double[] edges) => Gen.OneOf(
        Gen.Elements(edges),
        Gen.Choose(-2000, 8000).Select(v => v / 7.0),
        Gen.Constant(double.NaN));

    [Property(MaxTest = Cases)]
    public Property An_edge_search_finds_the_half_open_bin_holding_the_value() => Prop.ForAll(
        (from edges in Edges from value in ValuesAround(edges) select (edges, value)).ToArbitrary(),
        c =>
        {
            var expected = -1;
            for (var b = 0; b + 1 < c.edges.Length; b++)
            {
                expected = c.value >= c.edges[b] && c.value < c.edges[b + 1] ? b : expected;
            }
            return EdgeBinner.IndexOf(c.edges, c.value) == expected;
        });

    [Property(MaxTest = Cases)]
    public Property In_range_truncation_is_the_cast_for_values_in_range() => Prop.ForAll(
        Gen.Choose(int.MinValue, int.MaxValue).Zip(Gen.Choose(0, 999)).Select(p => p.Item1 + p.Item2 / 1000.0)
            .Where(v => v is > int.MinValue and < int.MaxValue).ToArbitrary(),
        value => InRangeTruncation.ToInt32(value) == (int)value);
}
