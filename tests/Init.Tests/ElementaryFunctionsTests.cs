namespace InitVerify.Init.Tests;

/// <summary>
/// exp(x) − 1 and ln(1 + x) (src/Shared/ElementaryFunctions.cs, linked into Init, Stats and Propagation; tested here
/// through Init's copy) against mpmath at 60 digits rounded to double.
/// </summary>
/// <remarks>
/// Tolerance 3e-16 relative (a little over one ulp): Kahan's forms are accurate to a few roundings. Where the
/// libraries fail: MathNet 5.0's Expm1 is off by 3.3e-9 at −0.025 and 5.1e-8 at 0.05; double.ExpM1 (exp(x) − 1) by
/// 1e-10 at −5e-7 and 100% at −3e-17.
/// </remarks>
public class ElementaryFunctionsTests
{
    [Theory]
    [InlineData(1e-300, 1e-300)]
    [InlineData(-3e-17, -3e-17)]
    [InlineData(2e-16, 2.0000000000000002e-16)]
    [InlineData(3e-12, 3.0000000000045e-12)]
    [InlineData(-5e-07, -4.999998750000208e-07)]
    [InlineData(-1e-05, -9.999950000166666e-06)]
    [InlineData(-0.001, -0.0009995001666250085)]
    [InlineData(-0.025, -0.024690087971667333)]
    [InlineData(0.05, 0.05127109637602404)]
    [InlineData(-0.06, -0.05823546641575129)]
    [InlineData(0.3, 0.3498588075760031)]
    [InlineData(-0.75, -0.5276334472589853)]
    [InlineData(-1.5, -0.7768698398515702)]
    [InlineData(10, 22025.465794806718)]
    [InlineData(-40, -1.0)]
    [InlineData(700, 1.0142320547350045e+304)]
    [InlineData(-745, -1.0)]
    public void Expm1_MatchesMpmath(double x, double expected)
    {
        Assert.Equal(expected, ElementaryFunctions.Expm1(x), Math.Abs(expected) * 3e-16);
    }

    [Theory]
    [InlineData(1e-300, 1e-300)]
    [InlineData(-3e-17, -3e-17)]
    [InlineData(2e-16, 1.9999999999999997e-16)]
    [InlineData(3e-12, 2.9999999999955003e-12)]
    [InlineData(-5e-07, -5.000001250000416e-07)]
    [InlineData(1e-05, 9.999950000333332e-06)]
    [InlineData(-0.001, -0.0010005003335835335)]
    [InlineData(0.05, 0.04879016416943201)]
    [InlineData(-0.5, -0.6931471805599453)]
    [InlineData(0.9, 0.6418538861723948)]
    [InlineData(10, 2.3978952727983707)]
    [InlineData(1e300, 690.7755278982137)]
    public void Log1p_MatchesMpmath(double x, double expected)
    {
        Assert.Equal(expected, ElementaryFunctions.Log1p(x), Math.Abs(expected) * 3e-16);
    }

    [Fact]
    public void Limits_AndNaN()
    {
        Assert.Equal(-1.0, ElementaryFunctions.Expm1(double.NegativeInfinity));
        Assert.Equal(double.PositiveInfinity, ElementaryFunctions.Expm1(double.PositiveInfinity));
        Assert.Equal(double.PositiveInfinity, ElementaryFunctions.Expm1(710));
        Assert.Equal(double.NegativeInfinity, ElementaryFunctions.Log1p(-1));
        Assert.Equal(double.PositiveInfinity, ElementaryFunctions.Log1p(double.PositiveInfinity));
        Assert.True(double.IsNaN(ElementaryFunctions.Log1p(-2)));
        Assert.True(double.IsNaN(ElementaryFunctions.Expm1(double.NaN)));
        Assert.True(double.IsNaN(ElementaryFunctions.Log1p(double.NaN)));
    }
}
