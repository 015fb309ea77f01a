using InitVerify.Init;
using InitVerify.Init.Random;
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
}
