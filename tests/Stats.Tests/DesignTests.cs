using InitVerify.Stats.Design;

namespace InitVerify.Stats.Tests;

public class DesignTests
{
    [Theory]
    // Provenance: statistics.md, DKW design examples.
    [InlineData(0.04, 1e-9, 1e-9, 26_771)]
    [InlineData(0.05, 1e-6, 1e-6, 11_607)]
    public void Dkw_SamplesNeeded_ReproducesReferenceExamples(double delta, double r, double f, int expected)
    {
        Assert.Equal(expected, Dkw.SamplesNeeded(delta, r, f));
        Assert.True(Dkw.DetectableDiscrepancy(expected, r, f) <= delta);
        Assert.True(Dkw.DetectableDiscrepancy(expected - 1, r, f) > delta);
    }

    [Fact]
    public void Dkw_DetectableDiscrepancy_ReproducesReference()
    {
        // Provenance: statistics.md, n = 13,000, r = f = 1e-6 → 0.047245.
        Assert.Equal(0.047245, Dkw.DetectableDiscrepancy(13_000, 1e-6, 1e-6), 6);
        Assert.Equal(Math.Sqrt(-Math.Log(0.5e-6) / 26_000), Dkw.Epsilon(13_000, 1e-6), 1e-15);
    }

    [Fact]
    public void Dkw_SplitsTheBudgetOverAssertions()
    {
        Assert.Equal(Dkw.Epsilon(1000, 1e-6) + Dkw.Epsilon(1000, 1e-7), Dkw.DetectableDiscrepancy(1000, 1e-6, 1e-6, assertions: 10), 1e-15);
        Assert.True(Dkw.SamplesNeeded(0.05, 1e-6, 1e-6, assertions: 10) > Dkw.SamplesNeeded(0.05, 1e-6, 1e-6));
        Assert.Equal(1e-7, ErrorBudget.Split(1e-6, 10), 1e-22);
    }

    [Fact]
    public void VarianceDesign_NormalFivePercent()
    {
        // n = ⌈(κ − 1)(z_{r/2} + (1 + δ) z_f)²/δ²⌉ with κ = 3, r = f = 1e-6, δ = 0.05: 78,135 (statistics.md
        // quotes "about 51,000", which no consistent convention reproduces; see VarianceTestDesign remarks).
        int n = VarianceTestDesign.SamplesNeeded(0.05, 1e-6, 1e-6, 3);
        Assert.Equal(78_135, n);
        Assert.True(VarianceTestDesign.DetectableRelativeError(n, 1e-6, 1e-6, 3) <= 0.05);
        Assert.True(VarianceTestDesign.DetectableRelativeError(n - 1, 1e-6, 1e-6, 3) > 0.05);
        Assert.Equal(4.891638475698 * Math.Sqrt(2.0 / n), VarianceTestDesign.RelativeThreshold(n, 1e-6, 3), 1e-9);
        // Lighter tails need fewer samples: uniform κ = 9/5.
        Assert.True(VarianceTestDesign.SamplesNeeded(0.05, 1e-6, 1e-6, 1.8) < n);
        Assert.Equal(double.PositiveInfinity, VarianceTestDesign.DetectableRelativeError(1, 1e-6, 1e-6, 3));
    }

    [Fact]
    public void MeanDesign_ShiftOfPointThreeSigma()
    {
        // n = ⌈((z_{r/2} + z_f)/δ)²⌉, r = f = 1e-6, δ = 0.3: (4.8916 + 4.7534)²/0.09 → 1,034.
        int n = MeanTestDesign.SamplesNeeded(0.3, 1e-6, 1e-6);
        Assert.Equal(1_034, n);
        Assert.True(MeanTestDesign.DetectableShift(n, 1e-6, 1e-6) <= 0.3);
        Assert.True(MeanTestDesign.DetectableShift(n - 1, 1e-6, 1e-6) > 0.3);
        Assert.Equal(4.891638475698 / Math.Sqrt(n), MeanTestDesign.Threshold(n, 1e-6), 1e-9);
    }

    [Fact]
    public void BadInput_Throws()
    {
        Assert.Equal("falseFailureRate", Assert.Throws<ArgumentOutOfRangeException>(() => Dkw.Epsilon(10, 0)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => Dkw.Epsilon(0, 0.1)).ParamName);
        Assert.Equal("discrepancy", Assert.Throws<ArgumentOutOfRangeException>(() => Dkw.SamplesNeeded(0, 0.1, 0.1)).ParamName);
        Assert.Equal("assertions", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.Split(0.1, 0)).ParamName);
        Assert.Equal("total", Assert.Throws<ArgumentOutOfRangeException>(() => ErrorBudget.Split(1.5, 2)).ParamName);
        Assert.Equal("kurtosis", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.SamplesNeeded(0.05, 0.1, 0.1, 1)).ParamName);
        Assert.Equal("shift", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTestDesign.SamplesNeeded(-1, 0.1, 0.1)).ParamName);
    }

    [Fact]
    public void Dkw_SamplesNeeded_TakesTheLargerRequirement_WhicheverRateSetsIt()
    {
        // n = ⌈max(−ln(r/2), −ln(f/2)) / (2(δ/2)²)⌉ (statistics.md): with the rates 1e-9 and 1e-2 swapped the
        // 1e-9 term sets n either way, ⌈−ln(0.5e-9)/0.005⌉ = 4,284.
        int expected = (int)Math.Ceiling(-Math.Log(0.5e-9) / 0.005);
        Assert.Equal(4_284, expected);
        Assert.Equal(expected, Dkw.SamplesNeeded(0.1, 1e-2, 1e-9));
        Assert.Equal(expected, Dkw.SamplesNeeded(0.1, 1e-9, 1e-2));
    }

    [Fact]
    public void Dkw_SamplesNeeded_AcceptsDiscrepanciesUpToOne_AndRefusesWhatNeedsMoreThanAnInt()
    {
        Assert.Equal((int)Math.Ceiling(-Math.Log(0.5e-6) / 0.5), Dkw.SamplesNeeded(1, 1e-6, 1e-6));
        foreach (double bad in new[] { 0.0, -0.1, 1.5, double.NaN })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => Dkw.SamplesNeeded(bad, 1e-6, 1e-6));
            Assert.Equal("discrepancy", error.ParamName);
            Assert.Contains("must lie in (0, 1]", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal("falsePassRate", Assert.Throws<ArgumentOutOfRangeException>(() => Dkw.SamplesNeeded(0.1, 1e-6, 0)).ParamName);
        // δ = 1e-6 at r = f = 1e-9 needs 8.6e13 samples.
        var tooMany = Assert.Throws<ArgumentOutOfRangeException>(() => Dkw.SamplesNeeded(1e-6, 1e-9, 1e-9));
        Assert.Equal("discrepancy", tooMany.ParamName);
        Assert.Contains("samples, beyond 2147483647", tooMany.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MomentDesigns_NameTheParameterOutsideItsRange()
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTestDesign.Threshold(0, 1e-6)).ParamName);
        Assert.Equal("falseFailureRate", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTestDesign.Threshold(10, 0)).ParamName);
        Assert.Equal("falsePassRate", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTestDesign.DetectableShift(10, 1e-6, 1)).ParamName);
        Assert.Equal("falseFailureRate", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTestDesign.SamplesNeeded(0.3, 1, 1e-6)).ParamName);
        Assert.Equal("falsePassRate", Assert.Throws<ArgumentOutOfRangeException>(() => MeanTestDesign.SamplesNeeded(0.3, 1e-6, 0)).ParamName);

        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.RelativeThreshold(0, 1e-6, 3)).ParamName);
        Assert.Equal("falseFailureRate", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.RelativeThreshold(10, 0, 3)).ParamName);
        Assert.Equal("falsePassRate", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.DetectableRelativeError(10, 1e-6, 1, 3)).ParamName);
        Assert.Equal("relativeError", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.SamplesNeeded(0, 1e-6, 1e-6, 3)).ParamName);
        Assert.Equal("falseFailureRate", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.SamplesNeeded(0.05, 0, 1e-6, 3)).ParamName);
        Assert.Equal("falsePassRate", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.SamplesNeeded(0.05, 1e-6, 1, 3)).ParamName);
        foreach (double kurtosis in new[] { 1.0, 0.5, double.NaN, double.PositiveInfinity })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.RelativeThreshold(100, 1e-6, kurtosis));
            Assert.Equal("kurtosis", error.ParamName);
            Assert.Contains("must be finite and > 1", error.Message, StringComparison.Ordinal);
            Assert.Equal("kurtosis", Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.SamplesNeeded(0.05, 1e-6, 1e-6, kurtosis)).ParamName);
        }
    }

    [Fact]
    public void CeilingToInt_KeepsExactIntegersAndReachesIntMaxValue()
    {
        // An exact requirement is not bumped to the next integer, the 1e-12 allowance absorbs rounding just above one,
        // and int.MaxValue itself is still representable (only beyond it is refused).
        Assert.Equal(100, DesignMath.CeilingToInt(100.0, "n"));
        Assert.Equal(100, DesignMath.CeilingToInt(100.0 * (1 + 1e-14), "n"));
        Assert.Equal(101, DesignMath.CeilingToInt(100.001, "n"));
        Assert.Equal(1, DesignMath.CeilingToInt(0.2, "n"));
        Assert.Equal(int.MaxValue, DesignMath.CeilingToInt(int.MaxValue, "n"));
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => DesignMath.CeilingToInt(4e9, "n")).ParamName);
    }

    [Fact]
    public void VarianceDesign_SamplesNeeded_RefusesANonPositiveOrInfiniteRelativeError()
    {
        foreach (double delta in new[] { 0.0, -0.1, double.NaN, double.PositiveInfinity })
        {
            var e = Assert.Throws<ArgumentOutOfRangeException>(() => VarianceTestDesign.SamplesNeeded(delta, 1e-6, 1e-6, 3));
            Assert.Equal("relativeError", e.ParamName);
            Assert.Contains("must be finite and > 0", e.Message, StringComparison.Ordinal);
        }
    }
}
