namespace InitVerify.Init.Tests;

/// <summary>
/// The standard normal tail (src/Shared/NormalTail.cs, linked into Init and Stats; tested here through Init's copy)
/// against mpmath at 50 digits rounded to double.
/// </summary>
/// <remarks>
/// Tolerance: 4e-16 relative (under two ulps of erfc) plus 2x²·2⁻⁵³ for the two roundings of the argument x/√2 —
/// 8.9e-14 at x = 20, 3.1e-13 at 37.5 (the bound documented on <c>NormalTail</c>). A sign error, a missing ½ or a √2 mistaken for 2 is off
/// by orders of magnitude more.
/// </remarks>
public class NormalTailTests
{
    /// <summary>2⁻⁵³, the unit roundoff of a double.</summary>
    private const double Epsilon = 1.1102230246251565e-16;

    [Theory]
    // Q(x) = erfc(x/√2)/2, mpmath at 50 digits rounded to double.
    [InlineData(-8.0, 0.9999999999999993)]
    [InlineData(-1.0, 0.8413447460685429)]
    [InlineData(0.0, 0.5)]
    [InlineData(0.5, 0.3085375387259869)]
    [InlineData(1.0, 0.15865525393145705)]
    [InlineData(2.0, 0.02275013194817921)]
    [InlineData(5.0, 2.866515718791939e-07)]
    [InlineData(10.0, 7.619853024160525e-24)]
    [InlineData(20.0, 2.7536241186062337e-89)]
    [InlineData(37.5, 4.605353009581955e-308)]
    public void Upper_IsQ(double x, double expected)
    {
        Assert.Equal(expected, NormalTail.Upper(x), expected * (4e-16 + (2 * x * x * Epsilon)));
    }

    [Fact]
    public void Upper_HasItsLimits_AndPropagatesNaN()
    {
        Assert.Equal(1.0, NormalTail.Upper(double.NegativeInfinity));
        Assert.Equal(0.0, NormalTail.Upper(double.PositiveInfinity));
        Assert.Equal(0.0, NormalTail.Upper(40));
        Assert.True(double.IsNaN(NormalTail.Upper(double.NaN)));
    }

    [Theory]
    // P(|Z| ≥ |z|) = erfc(|z|/√2), mpmath at 50 digits rounded to double; symmetric in z.
    [InlineData(0.0, 1.0)]
    [InlineData(1.5, 0.13361440253771614)]
    [InlineData(-1.5, 0.13361440253771614)]
    [InlineData(-3.0, 0.002699796063260189)]
    [InlineData(6.0, 1.973175290075396e-09)]
    public void TwoSided_IsTheTwoSidedPValue(double z, double expected)
    {
        Assert.Equal(expected, NormalTail.TwoSided(z), expected * (4e-16 + (2 * z * z * Epsilon)));
    }
}
