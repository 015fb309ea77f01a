using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;
using MathNet.Numerics;

namespace InitVerify.Statistical.Tests.Theory;

/// <summary>The trapezoid expectation against closed forms (exact to rounding: tolerance 1e−12).</summary>
public class NormalExpectationTests
{
    // Closed forms of standard normal moments: 1e-12 absolute is ~1e4 ulps of slack for a 2401-term Kahan sum.
    private const double Exact = 1e-12;

    [Fact]
    public void Moments_MatchClosedForms()
    {
        Assert.Equal(1.0, NormalExpectation.Of(_ => 1.0), Exact);
        Assert.Equal(0.0, NormalExpectation.Of(z => z), Exact);
        Assert.Equal(1.0, NormalExpectation.Of(z => z * z), Exact);
        Assert.Equal(3.0, NormalExpectation.Of(z => z * z * z * z), Exact);
        Assert.Equal(15.0, NormalExpectation.Of(z => Math.Pow(z, 6)), 1e-11);
        // |z| has a kink with nonzero one-sided slope: the trapezoid's end error h²·φ(0)/6 = 6.649e-6 (Euler-Maclaurin).
        Assert.Equal(Math.Sqrt(2 / Math.PI) - 1e-4 * 0.398942280401433 / 6, NormalExpectation.Of(Math.Abs), 1e-9);
        Assert.Equal(Math.Exp(0.5), NormalExpectation.Of(Math.Exp), Exact);
        Assert.Equal(Math.Exp(-0.5), NormalExpectation.Of(Math.Cos), Exact);
    }

    [Theory]
    [InlineData(1e-6)]
    [InlineData(0.5)]
    [InlineData(1.0)]
    [InlineData(2.0)]
    [InlineData(243.0)]
    public void ReluSecondMoment_IsHalfOfQ(double q)
    {
        Activation relu = Activation.Relu;
        // E[relu(√q z)²] = q/2 (by symmetry of z); quadrature, not the closed form MeanField uses.
        Assert.Equal(q / 2, NormalExpectation.Of(y => relu.Value(y) * relu.Value(y), q), Exact * Math.Max(1, q));
        // E[relu′(√q z)²] = P(z > 0) = 1/2: the jump at 0 is handled by the one-sided mean at the middle node.
        Assert.Equal(0.5, NormalExpectation.Of(y => relu.Derivative(y), q), Exact);
        Assert.Equal(q, NormalExpectation.Of(y => y * y, q), Exact * Math.Max(1, q));
    }

    [Fact]
    public void SigmoidMean_IsOneHalf()
    {
        Activation s = Activation.Sigmoid;
        Assert.Equal(0.5, NormalExpectation.Of(s.Value, 3.0), Exact);
    }

    [Theory]
    [InlineData(0.3)]
    [InlineData(1.0)]
    [InlineData(2.8)]
    [InlineData(25.0)]
    public void TanhSquared_MatchesMathNetAdaptiveQuadrature(double q)
    {
        // Independent reference: MathNet's double-exponential rule, on 28 unit pieces of z ∈ [-14, 14], of
        // tanh(√q z)²·φ(z), each to its requested 1e-15 target.
        double sd = Math.Sqrt(q);
        double reference = 0;
        for (int k = -14; k < 14; k++)
        {
            reference += Integrate.DoubleExponential(
                z => Math.Tanh(sd * z) * Math.Tanh(sd * z) * Math.Exp(-z * z / 2) / Math.Sqrt(2 * Math.PI), k, k + 1, 1e-15);
        }

        Assert.Equal(reference, NormalExpectation.Of(y => Math.Tanh(y) * Math.Tanh(y), q), 1e-12);
    }

    [Fact]
    public void ZeroVariance_IsValueAtZero()
    {
        Assert.Equal(0.5, NormalExpectation.Of(y => y > 0 ? 1.0 : 0.0, 0.0));
        Assert.Equal(2.0, NormalExpectation.Of(y => 2.0 + y, 0.0));
    }

    [Fact]
    public void NegativeVariance_Throws()
    {
        var e = Assert.Throws<ArgumentOutOfRangeException>(() => NormalExpectation.Of(y => y, -1.0));
        Assert.Equal("variance", e.ParamName);
    }
}
