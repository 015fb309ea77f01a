using InitVerify.Init;
using InitVerify.Init.Random;
using InitVerify.Init.Shapes;

namespace InitVerify.Verification;

/// <summary>
/// Draws as many iid samples as a check needs from an initializer: when one tensor of the shape holds fewer
/// elements than needed, further independent tensors are filled from the next sub-streams of the same seed.
/// </summary>
public static class SampleCollector
{
    /// <summary>
    /// n element samples from double tensors. (The float fill is proven elsewhere to be exactly the double fill
    /// rounded to nearest, so the statistics are checked once, without float's discreteness at the support's
    /// edges, where Anderson-Darling's weights diverge.) For element-wise initializers
    /// all elements of every tensor are used; for orthogonal matrices, whose elements are dependent, element [0, 0]
    /// of each of n independent matrices (every element has the same marginal).
    /// </summary>
    /// <param name="initializer">The initializer under test.</param>
    /// <param name="shape">The weight shape.</param>
    /// <param name="n">Samples wanted, ≥ 1.</param>
    /// <param name="generator">Seed and first sub-stream; tensor k uses sub-stream Stream + k.</param>
    public static double[] Collect(Initializer initializer, ReadOnlySpan<int> shape, int n, Philox4x32 generator)
    {
        ArgumentNullException.ThrowIfNull(initializer);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        int count = WeightShape.ElementCount(shape, initializer.MinimumRank);
        bool dependent = initializer.Target(shape).Kind == DistributionKind.Orthogonal;
        var samples = new double[n];
        var tensor = new double[count];
        int filled = 0;
        for (uint k = 0; filled < n; k++)
        {
            initializer.Fill(shape, tensor, generator.WithStream(generator.Stream + k));
            int take = dependent ? 1 : Math.Min(count, n - filled);
            for (int i = 0; i < take; i++)
            {
                samples[filled + i] = tensor[i];
            }

            filled += take;
        }

        return samples;
    }
}
