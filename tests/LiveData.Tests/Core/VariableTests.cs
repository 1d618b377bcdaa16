namespace LiveData.Tests.Core;

public sealed class VariableTests
{
    [Fact]
    public void A_scalar_has_no_dims_and_one_value()
    {
        var scalar = Variable.Scalar(5L, "ns");

        scalar.Dims.Should().BeEmpty();
        scalar.Shape.Should().BeEmpty();
        scalar.Length.Should().Be(1);
        scalar.IsFloat.Should().BeFalse();
        scalar.Int64Values.ToArray().Should().Equal(5L);
        scalar.Unit.Should().Be("ns");
    }

    [Fact]
    public void Rejects_a_shape_that_does_not_match_the_values()
    {
        var create = () => Variable.Doubles(["x"], [3], "counts", [1.0, 2.0]);

        create.Should().Throw<ArgumentException>().WithMessage("*[3]*3*2*");
    }

    [Fact]
    public void Rejects_dims_and_shape_of_different_rank()
    {
        var create = () => Variable.Doubles(["x", "y"], [2], null, [1.0, 2.0]);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Rejects_variances_of_another_length()
    {
        var create = () => Variable.Doubles(["x"], [2], null, [1.0, 2.0], [1.0]);

        create.Should().Throw<ArgumentException>().WithMessage("*variances*");
    }

    [Fact]
    public void Sum_adds_float_and_integer_values()
    {
        Variable.Vector("x", null, [1.5, 2.5, 3.0]).Sum().Should().Be(7.0);
        Variable.Int64s(["x"], [3], null, [1, 2, 3]).Sum().Should().Be(6.0);
    }

    [Fact]
    public void Typed_access_of_the_other_dtype_throws()
    {
        var doubles = Variable.Vector("x", null, [1.0]);
        var longs = Variable.Scalar(1L, null);

        doubles.Invoking(v => v.Int64Values.ToArray()).Should().Throw<InvalidOperationException>();
        longs.Invoking(v => v.DoubleValues.ToArray()).Should().Throw<InvalidOperationException>();
        longs.ToDoubles().Should().Equal(1.0);
    }

    [Fact]
    public void ToDoubles_returns_a_copy()
    {
        var variable = Variable.Vector("x", null, [1.0, 2.0]);

        variable.ToDoubles()[0] = 99.0;

        variable.DoubleValues[0].Should().Be(1.0);
    }
}
