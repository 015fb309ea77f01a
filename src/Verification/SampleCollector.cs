using InitVerify.Init;
using System.Numerics;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;
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
    public static double[] Collect(Initializer initializer, ReadOnlySpan<int> shape, int n, Philox4x32 generator) =>
        Collect<double>(initializer, shape, n, generator, static (i, s, t, g, _) => i.Fill(s, t, g), FloatStream.RoundedDouble);

    /// <summary>
    /// n element samples from float tensors filled from the chosen <see cref="FloatStream"/> (each float widened
    /// exactly to double), otherwise as the double overload: for checking the float32 streams (<see cref="FloatStream.Native32"/>, <see cref="FloatStream.Native32Ars"/>),
    /// which are not the double fill rounded. Float values are discrete (24-bit significands): a bounded
    /// target's float fill can hit its bounds exactly, where Anderson-Darling's weights diverge, so check bounded
    /// targets of this overload without AD.
    /// </summary>
    /// <param name="initializer">The initializer under test.</param>
    /// <param name="shape">The weight shape.</param>
    /// <param name="n">Samples wanted, ≥ 1.</param>
    /// <param name="generator">Seed and first sub-stream; tensor k uses sub-stream Stream + k.</param>
    /// <param name="stream">The float stream.</param>
    public static double[] Collect(Initializer initializer, ReadOnlySpan<int> shape, int n, Philox4x32 generator, FloatStream stream) =>
        Collect<float>(initializer, shape, n, generator, static (i, s, t, g, f) => i.Fill(s, t, g, f), stream);

    private static double[] Collect<T>(
        Initializer initializer, ReadOnlySpan<int> shape, int n, Philox4x32 generator, TensorFill<T> fill, FloatStream stream)
        where T : unmanaged, INumberBase<T>
    {
        ArgumentNullException.ThrowIfNull(initializer);
        ArgumentOutOfRangeException.ThrowIfLessThan(n, 1);
        int count = WeightShape.ElementCount(shape, initializer.MinimumRank);
        bool dependent = initializer.Target(shape).Kind == DistributionKind.Orthogonal;
        var samples = new double[n];
        var tensor = new T[count];
        int filled = 0;
        for (uint k = 0; filled < n; k++)
        {
            fill(initializer, shape, tensor, generator.WithStream(generator.Stream + k), stream);
            int take = dependent ? 1 : Math.Min(count, n - filled);
            for (int i = 0; i < take; i++)
            {
                samples[filled + i] = double.CreateChecked(tensor[i]);
            }

            filled += take;
        }

        return samples;
    }

    /// <summary>Fills one tensor of the shape from the generator.</summary>
    private delegate void TensorFill<T>(Initializer initializer, ReadOnlySpan<int> shape, Span<T> tensor, Philox4x32 generator, FloatStream stream);
}
