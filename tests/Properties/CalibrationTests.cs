using System.Diagnostics;
using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;
using InitVerify.Stats.Distributions;
using InitVerify.Verification;
using Xunit.Abstractions;

namespace InitVerify.Properties;

/// <summary>
/// Suite calibration over many independent seeds (slow; excluded from the default run):
/// <list type="number">
/// <item>false failures: the property suite's checks on correct initializers, at the production design, over ≥ 1000
/// seeds — the designed rate is ≤ 10⁻⁶ per run, so the observed count must be 0;</item>
/// <item>the bound is not vacuous: the same checks at a deliberately loose budget r = 0.05 per check fail at an observed
/// rate below 0.05 (Bonferroni and DKW are conservative, so well below);</item>
/// <item>power: every deliberately wrong variant is detected in 100% of ≥ 1000 seeds.</item>
/// </list>
/// Figures are printed to the test output and recorded in the README.
/// </summary>
[Trait("Category", "Calibration")]
public class CalibrationTests(ITestOutputHelper output)
{
    private const int Seeds = 1000;

    private static T Draw<T>(Gen<T> gen, int seed) => gen.Sample(50, new Rnd((ulong)seed * 0x9E3779B97F4A7C15ul + 1), 1)[0];

    private static (Initializer Initializer, int[] Shape, IContinuousDistribution Expected, ulong Seed) CorrectCase(int seed, int which)
    {
        switch (which % 4)
        {
            case 0:
                ScalingCase s = Draw(Arbitraries.Scaling, seed);
                double std = Math.Sqrt(s.OracleVariance());
                IContinuousDistribution e = s.Distribution switch
                {
                    VarianceScalingDistribution.Normal => new NormalDistribution(0, std),
                    VarianceScalingDistribution.Uniform => new UniformDistribution(-Math.Sqrt(3) * std, Math.Sqrt(3) * std),
                    _ => new TruncatedNormalDistribution(0, std / .87962566103423978, -2 * std / .87962566103423978, 2 * std / .87962566103423978),
                };
                return (s.Create(), s.Shape.Dims, e, s.Seed);
            case 1:
                ParameterCase n = Draw(Arbitraries.Normal, seed);
                return (n.Create(), n.Dims, new NormalDistribution(n.Mean, n.Std), n.Seed);
            case 2:
                ParameterCase u = Draw(Arbitraries.Uniform, seed);
                return (u.Create(), u.Dims, new UniformDistribution(u.Low, u.High), u.Seed);
            default:
                ParameterCase t = Draw(Arbitraries.TruncatedNormal, seed);
                return (t.Create(), t.Dims, new TruncatedNormalDistribution(t.Mean, t.Std, t.Low, t.High), t.Seed);
        }
    }

    [CalibrationFact]
    public void CorrectInitializers_NeverFailAtTheDesignedBudget_AndFailBelowTheLooseBudget()
    {
        var clock = Stopwatch.StartNew();
        var loose = SuiteBudget.Design with { FalseFailureRate = 0.05 };
        int failures = 0, looseFailures = 0;
        var failedAssertions = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        // Seeds are independent and the counts do not depend on their order: one seed per work item, all cores.
        Parallel.For(0, Seeds, seed =>
        {
            var (initializer, shape, expected, caseSeed) = CorrectCase(seed, seed);
            int n = SuiteBudget.Design.SamplesNeeded(expected);
            double[] sample = SampleCollector.Collect(initializer, shape, n, new Init.Random.Philox4x32(caseSeed ^ (ulong)seed));
            if (!DistributionCheck.Run(sample, expected, SuiteBudget.Design).Passed)
            {
                Interlocked.Increment(ref failures);
            }

            Verdict looseVerdict = DistributionCheck.Run(sample, expected, loose);
            if (!looseVerdict.Passed)
            {
                Interlocked.Increment(ref looseFailures);
                foreach (AssertionResult a in looseVerdict.Assertions.Where(a => !a.Passed))
                {
                    failedAssertions.AddOrUpdate(a.Name, 1, (_, count) => count + 1);
                }
            }
        });

        output.WriteLine($"{Seeds} seeds, one check each (cycling variance-scaling / normal / uniform / truncated normal), {clock.Elapsed.TotalSeconds:F0} s");
        output.WriteLine($"designed budget r = {SuiteBudget.Design.FalseFailureRate:G3} per check: {failures} false failures");
        output.WriteLine($"loose budget r = 0.05 per check: {looseFailures} failures ({(double)looseFailures / Seeds:P2}); by assertion: {string.Join(", ", failedAssertions.Select(p => $"{p.Key} {p.Value}"))}");
        Assert.Equal(0, failures);
        // Binomial(1000, 0.05) exceeds 75 with probability < 1e-4: a rate above the budget would show here.
        Assert.True(looseFailures <= 75, $"{looseFailures} failures at r = 0.05 over {Seeds} checks: the budget is not an upper bound");
    }

    [CalibrationFact]
    public void EveryWrongVariant_IsDetectedForEverySeed()
    {
        var clock = Stopwatch.StartNew();
        var variants = new (string Name, Func<ShapeCase, (Initializer Wrong, IContinuousDistribution Expected)?> Make)[]
        {
            ("variance ×1.05", s => { double std = Math.Sqrt(2.0 / s.OracleFans().FanIn); return (new NormalInitializer(0, std * Math.Sqrt(1.05)), new NormalDistribution(0, std)); }),
            ("variance ×0.95", s => { double std = Math.Sqrt(2.0 / s.OracleFans().FanIn); return (new NormalInitializer(0, std * Math.Sqrt(0.95)), new NormalDistribution(0, std)); }),
            ("uniform sampled for normal", s => { double std = Math.Sqrt(2.0 / s.OracleFans().FanIn); return (new UniformInitializer(-Math.Sqrt(3) * std, Math.Sqrt(3) * std), new NormalDistribution(0, std)); }),
            ("truncation not corrected", s => { double std = Math.Sqrt(1.0 / s.OracleFans().FanIn); double p = std / .87962566103423978; return (new TruncatedNormalInitializer(0, std, -2 * std, 2 * std), new TruncatedNormalDistribution(0, p, -2 * p, 2 * p)); }),
            ("fans swapped", s =>
            {
                (double fanIn, double fanOut) = s.OracleFans();
                return fanIn / fanOut is > 1 / 1.05 and < 1.05 ? null
                    : (He.Normal(mode: FanMode.FanOut, layout: s.Layout, groups: s.Groups), new NormalDistribution(0, Math.Sqrt(2.0 / fanIn)));
            }),
        };
        foreach (var (name, make) in variants)
        {
            int tried = 0, detected = 0;
            var missed = new System.Collections.Concurrent.ConcurrentBag<int>();
            Parallel.For(0, Seeds, seed =>
            {
                ShapeCase shape = Draw(Arbitraries.Shape, seed);
                if (make(shape) is not { } v)
                {
                    return;
                }

                Interlocked.Increment(ref tried);
                int n = SuiteBudget.Design.SamplesNeeded(v.Expected);
                double[] sample = SampleCollector.Collect(v.Wrong, shape.Dims, n, new Init.Random.Philox4x32((ulong)seed, 7));
                if (!DistributionCheck.Run(sample, v.Expected, SuiteBudget.Design).Passed)
                {
                    Interlocked.Increment(ref detected);
                }
                else
                {
                    missed.Add(seed);
                }
            });

            output.WriteLine($"{name}: detected {detected} of {tried} ({(double)detected / tried:P1}){(missed.IsEmpty ? "" : $"; missed at seeds {string.Join(", ", missed.Order())}")} ({clock.Elapsed.TotalSeconds:F0} s so far)");
            Assert.Equal(tried, detected);
        }

        output.WriteLine($"{clock.Elapsed.TotalSeconds:F0} s");
    }
}
