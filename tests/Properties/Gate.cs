using InitVerify.Init;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;
using InitVerify.Stats.Distributions;
using InitVerify.Verification;

namespace InitVerify.Properties;

/// <summary>Runs the budgeted distribution check on an initializer, drawing as many tensors as the design needs.</summary>
internal static class Gate
{
    public static Verdict Check(Initializer initializer, int[] shape, IContinuousDistribution expected, ulong caseSeed, VerificationDesign? design = null)
    {
        VerificationDesign d = design ?? SuiteBudget.Design;
        int n = d.SamplesNeeded(expected);
        double[] sample = SampleCollector.Collect(initializer, shape, n, new Philox4x32(SuiteSeed.ForCase(caseSeed)));
        return DistributionCheck.Run(sample, expected, d);
    }

    /// <summary>The same check on float tensors filled from a <see cref="FloatStream"/> (unbounded targets only: a float
    /// fill may hit a bounded target's bounds exactly, where Anderson-Darling diverges).</summary>
    public static Verdict Check(Initializer initializer, int[] shape, IContinuousDistribution expected, ulong caseSeed, FloatStream stream)
    {
        int n = SuiteBudget.Design.SamplesNeeded(expected);
        double[] sample = SampleCollector.Collect(initializer, shape, n, new Philox4x32(SuiteSeed.ForCase(caseSeed)), stream);
        return DistributionCheck.Run(sample, expected, SuiteBudget.Design);
    }
}
