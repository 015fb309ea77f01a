using InitVerify.Init.Initializers;
using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;
using InitVerify.Propagation.Verification;
using InitVerify.Statistical.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InitVerify.Statistical.Tests.NegativeControls;

/// <summary>
/// Wrong pairings must be rejected by the same tests that accept the right ones. Each detection is guaranteed
/// before it is observed: the wrong pairing's own mean-field prediction lies outside the claimed pairing's band by
/// more than the band's detectable deviation at power 1 − r_i (r_i = <see cref="FailureBudget.PerAssertion"/>),
/// so a miss has probability ≤ r_i; then the simulated networks are checked to be rejected.
/// </summary>
public class NegativeControlTests(ITestOutputHelper output)
{
    private static readonly double Power = 1 - FailureBudget.PerAssertion;

    [Fact]
    public void XavierWithRelu_HalvesPerLayer_IsRejected()
    {
        Scenario s = Scenarios.XavierRelu;
        ScenarioRun run = s.RunOnce();
        PropagationTestResult result = run.ForwardTest(FailureBudget.PerAssertion);
        GuaranteeForward(s, run, result);
        // Mean field: Xavier gives σ_w² = 1, so q_L/q_claim = 2^−L = 1e−15 at L = 50.
        Assert.Equal(-50 * Math.Log(2), Math.Log(s.Actual(1).PreActivationSecondMoments[^1] / s.Claim(1).PreActivationSecondMoments[^1]), 1e-9);
        Assert.Equal(PropagationFailure.OutOfBand, result.Failure);
    }

    [Fact]
    public void StdOneWithRelu_Explodes_OverflowIsReportedWithoutCrash()
    {
        Scenario s = Scenarios.StdOneRelu;
        ScenarioRun run = s.RunOnce();
        PropagationTestResult result = run.ForwardTest(FailureBudget.PerAssertion);
        GuaranteeForward(s, run, result);
        Assert.False(result.Passed);
        // Mean field: ×n/2 = 128 per layer, so the activations' magnitude √q_l passes float's maximum 3.4e38 within L = 50
        // (at layer 37: √(128^37) ≈ 1e39); the float stack must then report non-finite moments.
        int predictedOverflow = s.Actual(1).PreActivationSecondMoments.ToList().FindIndex(q => Math.Sqrt(q) > float.MaxValue) + 1;
        output.WriteLine($"predicted overflow at layer {predictedOverflow}; measured first non-finite layer {run.Forward[0].Layers.First(l => !l.IsFinite).Layer}");
        Assert.InRange(predictedOverflow, 2, s.Depth - 2);
        Assert.False(run.Forward[0].Layers[^1].IsFinite);
        Assert.True(run.Forward[0].Layers[0].IsFinite);
    }

    [Fact]
    public void SmallStdWithRelu_Vanishes_IsRejected()
    {
        Scenario s = Scenarios.SmallRelu;
        ScenarioRun run = s.RunOnce();
        PropagationTestResult result = run.ForwardTest(FailureBudget.PerAssertion);
        GuaranteeForward(s, run, result);
        Assert.False(result.Passed);
        // Mean field: ×n·1e−4/2 = 0.0128 per layer: 1e−57 at L = 30.
        Assert.True(run.Forward[0].Layers[^1].PreActivationSecondMoment < 1e-50);
    }

    [Fact]
    public void StdOneWithTanh_Saturates_RatioOnlyTestPassesButAbsoluteVarianceRejects()
    {
        Scenario s = Scenarios.StdOneTanh;
        ScenarioRun run = s.RunOnce();
        ForwardPass pass = run.Forward[0];
        MeanFieldPrediction actual = s.Actual(pass.InputSecondMoment);

        // 1. A ratio-only test ("v_l stays stable from layer to layer") passes the saturated net: the mean log-ratio
        // per layer between layers 10 and L is within its own fluctuation of the mean field's (which is ≈ 0 at the
        // saturated fixed point q ≈ 243). Bound: |mean field| + z_{r/2}·(sd_10 + sd_L)/(L − 10) (triangle inequality,
        // any correlation), r = r_i.
        FiniteWidthSpread spread = FiniteWidthSpread.Compute(actual);
        int from = 10, to = s.Depth;
        double perLayer = Math.Log(pass.Layers[to - 1].PreActivationSecondMoment / pass.Layers[from - 1].PreActivationSecondMoment) / (to - from);
        double theory = Math.Log(actual.PreActivationSecondMoments[to - 1] / actual.PreActivationSecondMoments[from - 1]) / (to - from);
        double bound = Math.Abs(theory) + LogRatioBand.UpperQuantile(FailureBudget.PerAssertion / 2) * 1.25
            * (Math.Sqrt(spread.ForwardVariance[from - 1]) + Math.Sqrt(spread.ForwardVariance[to - 1])) / (to - from);
        output.WriteLine($"ratio-only: per-layer log-ratio {perLayer:G3}, a stable-variance test accepts |·| ≤ {bound:G3}");
        Assert.InRange(Math.Abs(perLayer), 0, bound);
        Assert.InRange(actual.PreActivationSecondMoments[^1], 230, 250);

        // 2. The absolute variance test rejects it (LeCun's claim predicts q_L ≈ 0.045; the net has ≈ 243).
        PropagationTestResult forward = run.ForwardTest(FailureBudget.PerAssertion);
        GuaranteeForward(s, run, forward);
        Assert.False(forward.Passed);

        // 3. Saturated fraction: mean field P(|tanh(√q z)| > 0.99) = 2Φ(−atanh(0.99)/√q) = 0.865 at q = 243; under LeCun's
        // claim (q ≈ 0.045) it is 2Φ(−12.5) ≈ 1e−35. Threshold 0.5 sits ~70 binomial sds (n·B = 4096 values) below 0.865.
        double claimedQ = s.Claim(pass.InputSecondMoment).PreActivationSecondMoments[^1];
        double saturatedTheory = 2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Atanh(0.99) / Math.Sqrt(actual.PreActivationSecondMoments[^1]));
        output.WriteLine($"saturated fraction: measured {pass.Layers[^1].SaturatedFraction:G3}, mean field {saturatedTheory:G3}, claimed pairing {2 * MathNet.Numerics.Distributions.Normal.CDF(0, 1, -Math.Atanh(0.99) / Math.Sqrt(claimedQ)):G3}");
        Assert.InRange(saturatedTheory, 0.85, 0.88);
        Assert.True(pass.Layers[^1].SaturatedFraction > 0.5);

        // 4. Backward gain χ ≈ 8.7 per layer instead of LeCun's ≈ 1: the backward test rejects it.
        PropagationTestResult backward = run.BackwardTest(FailureBudget.PerAssertion);
        double shift = Math.Log(actual.GradientSecondMoments(1)[0] / s.Claim(pass.InputSecondMoment).GradientSecondMoments(1)[0]);
        double detectable = backward.Bands[0].DetectableDeviation(Power);
        output.WriteLine($"backward: predicted shift at layer 1 {shift:G3} vs detectable {detectable:G3}; per-layer χ {actual.BackwardGain(s.Depth):G3}");
        Assert.True(Math.Abs(shift) > detectable);
        Assert.False(backward.Passed);
    }

    [Fact]
    public void ZeroWeights_AllUnitsIdentical_AndCollapse()
    {
        // Deterministic: W = 0 gives y = 0 exactly in every layer (no randomness, no error budget).
        var stack = DenseStack.Uniform(64, 10, Activation.Relu, ConstantInitializer.Zeros, TestSeeds.For("zeros", 0));
        ForwardPass pass = stack.Forward(8);
        Assert.All(pass.Layers, l => Assert.True(l.UnitsIdentical));
        Assert.All(pass.Layers, l => Assert.Equal(0.0, l.PreActivationSecondMoment));
        var claim = new[] { MeanField.Predict(Activation.Relu, stack.Widths, Enumerable.Repeat(2.0 / 64, 10).ToArray(), null, pass.InputSecondMoment) };
        PropagationTestResult result = SignalPropagationTest.Forward([pass], claim, FailureBudget.PerAssertion);
        Assert.Equal(PropagationFailure.Collapsed, result.Failure);
        Assert.Equal(1, result.FirstFailingLayer);
        BackwardPass back = stack.Backward(pass);
        Assert.All(back.Layers.Take(9), l => Assert.Equal(0.0, l.SecondMoment));
    }

    [Fact]
    public void ConstantWeights_AllUnitsAndGradientsIdentical()
    {
        // A nonzero constant keeps a signal but never breaks symmetry: every unit computes the same value and
        // receives the same gradient (below the randomly seeded output layer). Deterministic.
        var stack = DenseStack.Uniform(64, 10, Activation.Tanh, new ConstantInitializer(0.02), TestSeeds.For("constant", 0));
        ForwardPass pass = stack.Forward(8);
        Assert.All(pass.Layers, l => Assert.True(l.UnitsIdentical));
        Assert.All(pass.Layers, l => Assert.True(l.PreActivationSecondMoment > 0));
        BackwardPass back = stack.Backward(pass);
        Assert.All(back.Layers.Take(9), l => Assert.Equal(0.0, l.CrossUnitVariance));
        Assert.True(back.Layers[^1].CrossUnitVariance > 0);
    }

    private void GuaranteeForward(Scenario s, ScenarioRun run, PropagationTestResult result)
    {
        // The wrong pairing's mean-field prediction vs the claimed one, layer by layer, against the detectable deviation.
        MeanFieldPrediction actual = s.Actual(run.Forward[0].InputSecondMoment);
        MeanFieldPrediction claim = run.Claims[0];
        double best = double.NegativeInfinity;
        int bestLayer = 0;
        for (int i = 0; i < result.Layers.Count; i++)
        {
            int l = result.Layers[i];
            double margin = Math.Abs(Math.Log(actual.PreActivationSecondMoments[l - 1] / claim.PreActivationSecondMoments[l - 1]))
                - result.Bands[i].DetectableDeviation(Power);
            if (margin > best)
            {
                best = margin;
                bestLayer = l;
            }
        }

        output.WriteLine($"{s}: r_i = {FailureBudget.PerAssertion:G3}; the wrong pairing's prediction exceeds the detectable deviation (power 1 − r_i) " +
                         $"by {best:G3} in log at layer {bestLayer}; verdict: {result}");
        Assert.True(best > 0, $"no guaranteed detection for {s}");
    }
}
