using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init.Initializers;
using InitVerify.Stats.Distributions;

namespace InitVerify.Properties;

/// <summary>
/// LeCun, Xavier, He and general variance scaling: on random shapes, the samples have mean 0, the variance the papers
/// prescribe (1/n, gain²·2/(n_in+n_out), gain²/n, scale/n — computed by an oracle written in the test, not by src/),
/// and the full distribution (KS, AD) of a normal, a uniform U(±√3·std) or a ±2σ truncated normal with corrected σ.
/// Each case is one check under <see cref="SuiteBudget.Design"/>.
/// </summary>
public class VarianceScalingProperties
{
    [SeededProperty(MaxTest = SuiteBudget.VarianceScalingCases)]
    public Property SamplesFollowThePaperFormula(ScalingCase c)
    {
        double variance = c.OracleVariance();
        double std = Math.Sqrt(variance);
        IContinuousDistribution expected = c.Distribution switch
        {
            VarianceScalingDistribution.Normal => new NormalDistribution(0, std),
            VarianceScalingDistribution.Uniform => new UniformDistribution(-Math.Sqrt(3) * std, Math.Sqrt(3) * std),
            // Keras/JAX: parent σ = std / .87962566103423978 (their literal), cut at ±2σ.
            _ => new TruncatedNormalDistribution(0, std / .87962566103423978, -2 * std / .87962566103423978, 2 * std / .87962566103423978),
        };
        var verdict = Gate.Check(c.Create(), c.Shape.Dims, expected, c.Seed);
        (double fanIn, double fanOut) = c.Shape.OracleFans();
        return verdict.Passed.Label(verdict.ToString())
            .Classify(c.Shape.Dims.Length == 2, "dense")
            .Classify(c.Shape.Dims.Length > 2, "conv")
            .Classify(c.Shape.Groups > 1, "grouped")
            .Classify(c.Shape.Layout == Init.Shapes.WeightLayout.KernelInOut, "keras layout")
            .Classify(fanIn / fanOut is > 4 or < 0.25, "fans differ ×4+")
            .Classify(c.Distribution == VarianceScalingDistribution.TruncatedNormal, "truncated")
            .Classify(c.Shape.Count < 1000, "small tensor (several drawn)")
            .Collect(c.Family);
    }
}
