using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;
using InitVerify.Stats.Distributions;

namespace InitVerify.Properties;

/// <summary>
/// Power is part of done. Each DELIBERATELY WRONG variant below reproduces a bug class seen in real libraries; the gate
/// must reject it. Each wrong variant's error is at least the design's guaranteed-detectable error (relative variance
/// error ≥ 5% or CDF discrepancy ≥ 0.02), so each case is caught with probability ≥ 1 − 10⁻⁶ (the design's f) for
/// every seed. These checks spend no false-failure budget: they are expected to fail.
/// </summary>
public class WrongVariantTests
{
    private const int CasesPerVariant = 3;

    private static Property Rejected(Initializer wrong, ShapeCase shape, IContinuousDistribution expected, ulong seed, string assertion, string bug)
    {
        var verdict = Gate.Check(wrong, shape.Dims, expected, seed);
        return (!verdict.Passed && !verdict[assertion].Passed).Label($"WRONG VARIANT ({bug}) on {shape} was not caught by '{assertion}':{Environment.NewLine}{verdict}");
    }

    [SeededProperty(MaxTest = CasesPerVariant)]
    public Property VarianceOffByFivePercent_IsCaughtByTheVarianceTest(ShapeCase shape, bool high, ulong seed)
    {
        double std = Math.Sqrt(2.0 / shape.OracleFans().FanIn);
        var wrong = new NormalInitializer(0, std * Math.Sqrt(high ? 1.05 : 0.95)); // WRONG: variance ×1.05 or ×0.95
        return Rejected(wrong, shape, new NormalDistribution(0, std), seed, "variance", "variance off by 5%");
    }

    [SeededProperty(MaxTest = CasesPerVariant)]
    public Property NormalThatSamplesUniformly_IsCaughtByKolmogorovSmirnov(ShapeCase shape, ulong seed)
    {
        // Same variance, wrong shape: sup|Φ(x) − U(x)| for N(0,1) vs U(±√3) is 0.0405 at x ≈ ±1.13 (≥ δ_cdf = 0.02).
        double std = Math.Sqrt(2.0 / shape.OracleFans().FanIn);
        var wrong = new UniformInitializer(-Math.Sqrt(3) * std, Math.Sqrt(3) * std); // WRONG: uniform for "he-normal"
        return Rejected(wrong, shape, new NormalDistribution(0, std), seed, "ks", "normal initializer sampling uniformly");
    }

    [SeededProperty(MaxTest = CasesPerVariant)]
    public Property TruncationNotCorrected_IsCaughtByTheVarianceTest(ShapeCase shape, ulong seed)
    {
        // Uncorrected: parent σ = std, so Var = 0.774·std² (a 22.6% error).
        double std = Math.Sqrt(1.0 / shape.OracleFans().FanIn);
        var wrong = new TruncatedNormalInitializer(0, std, -2 * std, 2 * std); // WRONG: std not divided by .8796
        double parent = std / .87962566103423978;
        return Rejected(wrong, shape, new TruncatedNormalDistribution(0, parent, -2 * parent, 2 * parent), seed, "variance", "truncation not corrected");
    }

    [SeededProperty(MaxTest = CasesPerVariant)]
    public Property FansSwapped_IsCaughtOnNonSquareShapes(ShapeCase shape, ulong seed)
    {
        (double fanIn, double fanOut) = shape.OracleFans();
        if (fanIn / fanOut is > 1 / 1.05 and < 1.05)
        {
            // Fans within 5% of each other: a swap is below the guaranteed-detectable error; not asserted.
            return true.Label("near-square").Classify(true, "skipped: fans within 5%");
        }

        var wrong = He.Normal(mode: FanMode.FanOut, layout: shape.Layout, groups: shape.Groups); // WRONG: fan_out used for fan_in
        return Rejected(wrong, shape, new NormalDistribution(0, Math.Sqrt(2.0 / fanIn)), seed, "variance", "fan_in and fan_out swapped");
    }

    [SeededProperty(MaxTest = CasesPerVariant)]
    public Property UniformBoundWithoutSqrtThree_IsCaught(ShapeCase shape, ulong seed)
    {
        double std = Math.Sqrt(2.0 / (shape.OracleFans().FanIn + shape.OracleFans().FanOut));
        var wrong = new UniformInitializer(-std, std); // WRONG: bound = std instead of √3·std (Var = std²/3)
        return Rejected(wrong, shape, new UniformDistribution(-Math.Sqrt(3) * std, Math.Sqrt(3) * std), seed, "variance", "uniform bound missing √3");
    }

    [SeededProperty(MaxTest = CasesPerVariant)]
    public Property OperatorPrecedenceInXavier_IsCaught(ShapeCase shape, ulong seed)
    {
        (double fanIn, double fanOut) = shape.OracleFans();
        var wrong = new NormalInitializer(0, Math.Sqrt(2 / fanIn + fanOut)); // WRONG: sqrt(2/fan_in + fan_out)
        return Rejected(wrong, shape, new NormalDistribution(0, Math.Sqrt(2 / (fanIn + fanOut))), seed, "variance", "operator precedence");
    }
}
