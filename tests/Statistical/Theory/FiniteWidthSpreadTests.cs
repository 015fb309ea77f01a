using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;

namespace InitVerify.Statistical.Tests.Theory;

public class FiniteWidthSpreadTests
{
    [Theory]
    [InlineData(256, 50)]
    [InlineData(1024, 100)]
    public void Relu_ReproducesClosedForm(int n, int depth)
    {
        MeanFieldPrediction p = MeanField.Predict(Activation.Relu, Enumerable.Repeat(n, depth + 1).ToArray(),
            Enumerable.Repeat(2.0 / n, depth).ToArray(), null, 1.0);
        FiniteWidthSpread s = FiniteWidthSpread.Compute(p);
        for (int l = 1; l <= depth; l++)
        {
            double v = FiniteWidthSpread.ReluForwardVariance(n, l);
            Assert.Equal(v, s.ForwardVariance[l - 1], 1e-9);
            Assert.Equal(-v / 2, s.ForwardMean[l - 1], 1e-9);
            // Backward: 5/n per layer between l and the anchor L.
            Assert.Equal(5.0 * (depth - l) / n, s.BackwardVariance[l - 1], 1e-9);
        }

        // propagation.md's table: sd of the log 0.99 at (256, 50), 0.70 at (1024, 100). Its own formula
        // (5(L−1)+2)/n gives 0.982 at (256, 50); the table's 0.99 matches 5L/n (0.988): agreement within 0.01.
        Assert.Equal(n == 256 ? 0.99 : 0.70, Math.Sqrt(s.ForwardVariance[depth - 1]), 0.01);
    }

    [Fact]
    public void Identity_IsTwoLOverN()
    {
        MeanFieldPrediction p = MeanField.Predict(Activation.Identity, Enumerable.Repeat(128, 11).ToArray(),
            Enumerable.Repeat(1.0 / 128, 10).ToArray(), null, 1.0);
        FiniteWidthSpread s = FiniteWidthSpread.Compute(p);
        Assert.Equal(2.0 * 10 / 128, s.ForwardVariance[9], 1e-9);
    }

    [Fact]
    public void Tanh_MatchesReferenceDerivations()
    {
        // propagation.md: tanh σ_w² = 1: Var(log) ≈ (2L/3 + 2)/n (0.37 at n = 256, L = 50);
        // gain 5/3: ≈ 2.71/n independent of depth. The delta method is the more exact of the two (it matched a
        // 200-net simulation at n = 128, L = 50 within sampling error, 10 %); agreement within 10 % is required.
        MeanFieldPrediction unit = MeanField.Predict(Activation.Tanh, Enumerable.Repeat(256, 51).ToArray(),
            Enumerable.Repeat(1.0 / 256, 50).ToArray(), null, 1.0);
        Assert.Equal(1.0, FiniteWidthSpread.Compute(unit).ForwardVariance[49] / ((2.0 * 50 / 3 + 2) / 256), 0.1);
        MeanFieldPrediction gain = MeanField.Predict(Activation.Tanh, Enumerable.Repeat(256, 51).ToArray(),
            Enumerable.Repeat(25.0 / 9 / 256, 50).ToArray(), null, 1.0);
        Assert.Equal(1.0, FiniteWidthSpread.Compute(gain).ForwardVariance[49] / (2.71 / 256), 0.02);
    }
}
