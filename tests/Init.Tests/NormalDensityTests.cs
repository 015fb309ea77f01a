namespace InitVerify.Init.Tests;

/// <summary>
/// The standard normal density (src/Shared/NormalDensity.cs, linked into Init, Stats and Propagation; tested here
/// through Init's copy) against mpmath at 50 digits rounded to double.
/// </summary>
/// <remarks>
/// Tolerance 4e-16 relative (under two ulps). exp(−x²/2) of the rounded x² alone would be off by up to x²·2⁻⁵³/2
/// relative: the references at x = −23.1, 29.3 and 37.1 are chosen where that error is 2.7e-14, 1.6e-14 and 1.2e-14.
/// </remarks>
public class NormalDensityTests
{
    [Theory]
    // φ(x), mpmath at 50 digits rounded to double: exp(−x²/2) of the rounded x² is off by 2.7e-14, 1.6e-14 and 1.2e-14
    // relative at the last three.
    [InlineData(0.0, 0.3989422804014327)]
    [InlineData(1.5, 0.12951759566589172)]
    [InlineData(-23.10333669763495, 4.960140490115416e-117)]
    [InlineData(29.3, 1.5211609963385888e-187)]
    [InlineData(37.1, 5.215262198831984e-300)]
    public void Density_IsAccurateFarOut(double x, double expected)
    {
        Assert.Equal(expected, NormalDensity.At(x), expected * 4e-16);
    }

    [Fact]
    public void Density_IsZeroWhereXSquaredOverflows_AndPropagatesNaN()
    {
        Assert.Equal(0.0, NormalDensity.At(1e200));
        Assert.Equal(0.0, NormalDensity.At(double.NegativeInfinity));
        Assert.True(double.IsNaN(NormalDensity.At(double.NaN)));
    }

    [Fact]
    public void InvSqrt2Pi_IsTheDoubleNearestOneOverSqrtTwoPi()
    {
        // mpmath: 1/sqrt(2*pi) = 0.398942280401432677939946059934381868…, nearest double 0x3FD9884533D43651.
        Assert.Equal(0x3FD9884533D43651UL, BitConverter.DoubleToUInt64Bits(NormalDensity.InvSqrt2Pi));
    }

    [Theory]
    // exp(−x²/2), mpmath at 50 digits rounded to double; the last is where the rounded square alone is off by 2.7e-14.
    [InlineData(0.0, 1.0)]
    [InlineData(-1.0, 0.6065306597126334)]
    [InlineData(-23.10333669763495, 1.2433228398665371e-116)]
    public void ExpMinusHalfSquare_IsAccurate(double x, double expected)
    {
        Assert.Equal(expected, NormalDensity.ExpMinusHalfSquare(x), expected * 4e-16);
    }

    [Fact]
    public void ExpMinusHalfSquare_IsZeroWhereXSquaredOverflows_AndPropagatesNaN()
    {
        // fma(x, x, −∞) is −∞ there, so without the overflow check the split would give 0·∞ = NaN.
        Assert.Equal(0.0, NormalDensity.ExpMinusHalfSquare(-1e200));
        Assert.Equal(0.0, NormalDensity.ExpMinusHalfSquare(double.PositiveInfinity));
        Assert.True(double.IsNaN(NormalDensity.ExpMinusHalfSquare(double.NaN)));
    }
}
