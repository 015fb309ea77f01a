using InitVerify.Propagation.Verification;
using InitVerify.Statistical.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InitVerify.Statistical.Tests.Propagation;

/// <summary>Asserts a propagation verdict and prints its error budget and guaranteed detection.</summary>
internal static class PropagationAssert
{
    public static void Accepted(PropagationTestResult result, Scenario scenario, string direction, ITestOutputHelper output)
    {
        double power = 1 - FailureBudget.PerAssertion;
        output.WriteLine($"{scenario} [{direction}] seed base {TestSeeds.Base}");
        output.WriteLine($"  false-failure rate r = {result.FalseFailureRate:G3} (Bonferroni r/{result.Layers.Count} per layer)");
        output.WriteLine($"  guaranteed to catch (power 1 − r): a shift of the mean log-ratio ≥ {result.DetectableLogDeviation(power):G3} at any layer, " +
                         $"or a per-layer gain error |log g| ≥ {result.DetectablePerLayerLogGain(power):G3} (×{Math.Exp(result.DetectablePerLayerLogGain(power)):G4} per layer)");
        int last = result.Layers.Count - 1;
        output.WriteLine($"  last tested layer {result.Layers[last]}: mean log-ratio {result.MeanLogRatios[last]:G4}, band {result.Bands[last]}");
        Assert.True(result.Passed, $"{scenario} [{direction}] rejected: {result}");
    }
}
