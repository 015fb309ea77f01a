using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// Fills a tensor with independent draws from an element-wise <see cref="WeightDistribution"/> (constant, uniform,
/// normal or truncated normal), with an explicit cap on the threads used: the bits equal those of any
/// <see cref="Initializer"/> whose target is that distribution, for the same generator, whatever the thread count.
/// </summary>
/// <remarks>
/// Element i depends only on (seed, stream, i). Tensors of at least 2¹⁸ elements are cut into chunks of 2¹⁶ filled in
/// parallel; smaller ones stay on the calling thread. Float and double tensors may opt into the faster float32 streams
/// (<see cref="FloatStream.Native32"/>, <see cref="FloatStream.Native32Ars"/>) for uniform and normal targets; the
/// default is the rounded double fill.
/// </remarks>
public static class DistributionSampler
{
    /// <summary>Fills a float tensor (each element the double draw rounded to nearest).</summary>
    /// <param name="distribution">An element-wise distribution (not <see cref="DistributionKind.Orthogonal"/>).</param>
    /// <param name="destination">Receives the draws; any length.</param>
    /// <param name="generator">The counter-based generator (seed and sub-stream).</param>
    /// <param name="maxDegreeOfParallelism">−1 for every processor, or a thread cap ≥ 1 (1 = the calling thread only).</param>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="distribution"/> is orthogonal (not element-wise).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public static void Fill(WeightDistribution distribution, Span<float> destination, Philox4x32 generator, int maxDegreeOfParallelism = -1)
    {
        Validate(distribution, maxDegreeOfParallelism);
        ElementSampler.FillTensor(distribution, destination, generator, Threads(maxDegreeOfParallelism));
    }

    /// <summary>
    /// Fills a float tensor from the chosen <see cref="FloatStream"/>: <see cref="FloatStream.RoundedDouble"/> is the
    /// overload without it; <see cref="FloatStream.Native32"/> computes uniform and normal targets in float32 from one
    /// 32-bit Philox word per element (element i = 64g + 16j + l from word j of block 16g + l; uniform
    /// low + (high − low)·(⌊w/2⁸⌋ + ½)·2⁻²⁴ clamped to [low, high]; normal by float Box-Muller, tails to
    /// √(82 ln 2) ≈ 7.54σ, then mean + std·z by one fused multiply-add; truncated normals in the normal-rejection regime
    /// by redrawing that normal element until it falls inside). Constant targets are exact either way; other truncated
    /// normals use the rounded-double stream (<see cref="EffectiveStream"/>). <see cref="FloatStream.Native32Ars"/> is the same on the
    /// words of ARS-7 blocks (AES rounds; faster on x86 with AES-NI). Bit-identical for every thread count and SIMD width.
    /// </summary>
    /// <param name="distribution">An element-wise distribution (not <see cref="DistributionKind.Orthogonal"/>).</param>
    /// <param name="destination">Receives the draws; any length.</param>
    /// <param name="generator">The counter-based generator (seed and sub-stream).</param>
    /// <param name="stream">A defined <see cref="FloatStream"/> value.</param>
    /// <param name="maxDegreeOfParallelism">−1 for every processor, or a thread cap ≥ 1 (1 = the calling thread only).</param>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="distribution"/> is orthogonal (not element-wise).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stream"/> is not a defined <see cref="FloatStream"/>, or is
    /// a float32 stream (<see cref="FloatStream.Native32"/>, <see cref="FloatStream.Native32Ars"/>) for a target whose parameters are beyond float32's range, or
    /// <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public static void Fill(WeightDistribution distribution, Span<float> destination, Philox4x32 generator, FloatStream stream, int maxDegreeOfParallelism = -1)
    {
        Validate(distribution, maxDegreeOfParallelism);
        Guard.Defined(stream, nameof(stream));

        ElementSampler.FillTensor(distribution, destination, generator, stream, Threads(maxDegreeOfParallelism));
    }

    /// <summary>Fills a double tensor.</summary>
    /// <param name="distribution">An element-wise distribution (not <see cref="DistributionKind.Orthogonal"/>).</param>
    /// <param name="destination">Receives the draws; any length.</param>
    /// <param name="generator">The counter-based generator (seed and sub-stream).</param>
    /// <param name="maxDegreeOfParallelism">−1 for every processor, or a thread cap ≥ 1 (1 = the calling thread only).</param>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="distribution"/> is orthogonal (not element-wise).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public static void Fill(WeightDistribution distribution, Span<double> destination, Philox4x32 generator, int maxDegreeOfParallelism = -1)
    {
        Validate(distribution, maxDegreeOfParallelism);
        ElementSampler.FillTensor(distribution, destination, generator, Threads(maxDegreeOfParallelism));
    }

    /// <summary>
    /// Fills a double tensor from the chosen <see cref="FloatStream"/>: <see cref="FloatStream.RoundedDouble"/> is the
    /// overload without it; under <see cref="FloatStream.Native32"/> and <see cref="FloatStream.Native32Ars"/> uniform and
    /// normal elements are those of the float fill of the same generator and stream, widened exactly (float32 values in a
    /// double tensor, at the float stream's rate: the mirror of the default, where the float fill is the double fill
    /// rounded). Targets the float32 streams do not draw (<see cref="EffectiveStream"/>) are the double fill under every stream. Bit-identical for every thread count and SIMD width.
    /// </summary>
    /// <param name="distribution">An element-wise distribution (not <see cref="DistributionKind.Orthogonal"/>).</param>
    /// <param name="destination">Receives the draws; any length.</param>
    /// <param name="generator">The counter-based generator (seed and sub-stream).</param>
    /// <param name="stream">A defined <see cref="FloatStream"/> value.</param>
    /// <param name="maxDegreeOfParallelism">−1 for every processor, or a thread cap ≥ 1 (1 = the calling thread only).</param>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="distribution"/> is orthogonal (not element-wise).</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stream"/> is not a defined <see cref="FloatStream"/>, or is
    /// a float32 stream (<see cref="FloatStream.Native32"/>, <see cref="FloatStream.Native32Ars"/>) for a target whose parameters are beyond float32's range, or
    /// <paramref name="maxDegreeOfParallelism"/> is 0 or below −1.</exception>
    public static void Fill(WeightDistribution distribution, Span<double> destination, Philox4x32 generator, FloatStream stream, int maxDegreeOfParallelism = -1)
    {
        Validate(distribution, maxDegreeOfParallelism);
        Guard.Defined(stream, nameof(stream));

        ElementSampler.FillTensor(distribution, destination, generator, stream, Threads(maxDegreeOfParallelism));
    }

    /// <summary>
    /// The stream that draws the elements of <paramref name="distribution"/> when <paramref name="stream"/> is asked
    /// for: a float32 stream (<see cref="FloatStream.Native32"/>, <see cref="FloatStream.Native32Ars"/>) draws uniform
    /// and normal targets, and truncated normals in Robert's normal-rejection regime ((a − μ)/σ &lt; 0 &lt; (b − μ)/σ and
    /// (b − a)/σ ≥ √(2π), e.g. PyTorch's trunc_normal_ default and Keras's truncated variance scaling at ±2σ);
    /// every other target (constant, orthogonal, the other truncated normals) is the <see cref="FloatStream.RoundedDouble"/>
    /// fill under every stream.
    /// </summary>
    /// <param name="distribution">Any target.</param>
    /// <param name="stream">The stream asked for.</param>
    /// <exception cref="ArgumentNullException"><paramref name="distribution"/> is null.</exception>
    public static FloatStream EffectiveStream(WeightDistribution distribution, FloatStream stream)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        bool drawsNatively = distribution.Kind switch
        {
            DistributionKind.Uniform or DistributionKind.Normal => true,
            DistributionKind.TruncatedNormal => TruncatedNormalSampler.DrawsNormals(distribution.Mean, distribution.Std, distribution.Lower, distribution.Upper),
            _ => false,
        };
        return drawsNatively && Native32Sampler.Fills(stream) ? stream : FloatStream.RoundedDouble;
    }

    /// <summary>The thread cap a fill uses: −1 means <see cref="Environment.ProcessorCount"/>, anything else itself.</summary>
    internal static int Threads(int maxDegreeOfParallelism) =>
        maxDegreeOfParallelism == -1 ? Environment.ProcessorCount : maxDegreeOfParallelism;

    private static void Validate(WeightDistribution distribution, int maxDegreeOfParallelism)
    {
        ArgumentNullException.ThrowIfNull(distribution);
        if (distribution.Kind == DistributionKind.Orthogonal)
        {
            throw new ArgumentException("An orthogonal target is not element-wise: fill it with OrthogonalInitializer.", nameof(distribution));
        }

        if (maxDegreeOfParallelism == 0 || maxDegreeOfParallelism < -1)
        {
            Guard.ThrowOutOfRange(nameof(maxDegreeOfParallelism), maxDegreeOfParallelism, "must be -1 (every processor) or ≥ 1");
        }
    }
}
