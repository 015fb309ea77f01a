using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Sampling;
using InitVerify.Stats.Distributions;

namespace InitVerify.Properties;

/// <summary>Normal, uniform, truncated normal and constant initializers on random parameters and shapes.</summary>
public class ElementwiseProperties
{
    [SeededProperty(MaxTest = SuiteBudget.NormalCases)]
    public Property Normal_MatchesItsDistribution() => Prop.ForAll(Arbitraries.Normal.ToArbitrary(), c =>
    {
        var verdict = Gate.Check(c.Create(), c.Dims, new NormalDistribution(c.Mean, c.Std), c.Seed);
        return verdict.Passed.Label(c + Environment.NewLine + verdict).Classify(c.Std < 0.01, "tiny σ");
    });

    /// <summary>The opt-in float32-native stream (FloatStream.Native32) on the same random normals, checked on the floats
    /// themselves (it is not the double fill rounded). Its uniform is checked by KS alone in tests/Init.Tests
    /// (Native32DistributionTests): a float uniform can hit its bounds exactly, where this check's AD diverges.</summary>
    [SeededProperty(MaxTest = SuiteBudget.Native32NormalCases)]
    public Property Native32Normal_MatchesItsDistribution() => Prop.ForAll(Arbitraries.Normal.ToArbitrary(), c =>
    {
        var verdict = Gate.Check(c.Create(), c.Dims, new NormalDistribution(c.Mean, c.Std), c.Seed, FloatStream.Native32);
        return verdict.Passed.Label(c + " (Native32)" + Environment.NewLine + verdict).Classify(c.Std < 0.01, "tiny σ");
    });

    /// <summary>The same check on the ARS-7 float32 stream (FloatStream.Native32Ars): the Native32 transforms on other words.</summary>
    [SeededProperty(MaxTest = SuiteBudget.Native32ArsNormalCases)]
    public Property Native32ArsNormal_MatchesItsDistribution() => Prop.ForAll(Arbitraries.Normal.ToArbitrary(), c =>
    {
        var verdict = Gate.Check(c.Create(), c.Dims, new NormalDistribution(c.Mean, c.Std), c.Seed, FloatStream.Native32Ars);
        return verdict.Passed.Label(c + " (Native32Ars)" + Environment.NewLine + verdict).Classify(c.Std < 0.01, "tiny σ");
    });

    [SeededProperty(MaxTest = SuiteBudget.UniformCases)]
    public Property Uniform_MatchesItsDistributionAndNeverLeavesItsBounds() => Prop.ForAll(Arbitraries.Uniform.ToArbitrary(), c =>
    {
        var verdict = Gate.Check(c.Create(), c.Dims, new UniformDistribution(c.Low, c.High), c.Seed);
        return verdict.Passed.Label(c + Environment.NewLine + verdict).Classify(c.Low > 0 || c.High < 0, "one-sided");
    });

    [SeededProperty(MaxTest = SuiteBudget.TruncatedNormalCases)]
    public Property TruncatedNormal_MatchesItsDistributionInEveryRegime() => Prop.ForAll(Arbitraries.TruncatedNormal.ToArbitrary(), c =>
    {
        var verdict = Gate.Check(c.Create(), c.Dims, new TruncatedNormalDistribution(c.Mean, c.Std, c.Low, c.High), c.Seed);
        (double alpha, double beta) = c.Standardized;
        return verdict.Passed.Label(c + Environment.NewLine + verdict)
            .Classify(alpha < 0 && beta > 0, "contains the mean")
            .Classify(alpha >= 0 || beta <= 0, "one tail")
            .Classify(Math.Max(alpha, -beta) > 5, "far tail (α > 5)")
            .Classify(beta - alpha < 0.1, "narrow");
    });

    [SeededProperty(MaxTest = 30)]
    public Property Constant_IsExact() => Prop.ForAll(
        (from value in Gen.Elements(0.0, 1.0, -0.5, 1e-30, 3.25) from dims in Arbitraries.AnyDims select (value, dims)).ToArbitrary(),
        c =>
        {
            var w = new float[c.dims.Aggregate(1, (p, d) => p * d)];
            new ConstantInitializer(c.value).Fill(c.dims, w, seed: 1);
            return w.All(x => x == (float)c.value).Label($"constant {c.value} on [{string.Join(", ", c.dims)}]");
        });

    [SeededProperty(MaxTest = 40)]
    public Property BoundedInitializers_NeverLeaveTheirSupport() => Prop.ForAll(
        Gen.OneOf(Arbitraries.Uniform, Arbitraries.TruncatedNormal).ToArbitrary(),
        c =>
        {
            Initializer initializer = c.Create();
            var w = new double[c.Dims.Aggregate(1, (p, d) => p * d)];
            initializer.Fill(c.Dims, w, SuiteSeed.ForCase(c.Seed));
            var f = new float[w.Length];
            initializer.Fill(c.Dims, f, SuiteSeed.ForCase(c.Seed));
            // Exact: double values lie in [a, b]; float values in [float(a), float(b)] (rounding is monotone).
            return (w.All(x => x >= c.Low && x <= c.High) && f.All(x => x >= (float)c.Low && x <= (float)c.High)).Label(c.ToString());
        });
}
