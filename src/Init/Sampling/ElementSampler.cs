using System.Numerics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>Fills any index range of a tensor with independent draws from an element-wise distribution.</summary>
/// <remarks>
/// Element i depends only on (seed, stream, i) (see <see cref="Philox4x32"/>), so a tensor may be cut into chunks
/// filled on different threads in any order: the bits equal the serial fill's, whatever the thread count.
/// </remarks>
internal static class ElementSampler
{
    /// <summary>Tensors with at least this many elements are filled in parallel chunks (smaller ones stay on one thread).</summary>
    internal const int ParallelThreshold = 1 << 18;

    /// <summary>Elements per parallel chunk (a multiple of 64, so Box-Muller pairs and Native32 tiles never straddle chunks; any size gives the same bits).</summary>
    internal const int ChunkSize = 1 << 16;

    /// <summary>Fills the whole destination, in parallel chunks when it is large.</summary>
    public static void FillTensor<T>(WeightDistribution target, Span<T> destination, Philox4x32 generator, int maxDegreeOfParallelism)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        FillTensor(target, destination, generator, FloatStream.RoundedDouble, maxDegreeOfParallelism);

    /// <summary>Fills the whole destination (float or double) from the chosen <see cref="FloatStream"/>, in parallel chunks when it is large.</summary>
    public static void FillTensor<T>(WeightDistribution target, Span<T> destination, Philox4x32 generator, FloatStream stream, int maxDegreeOfParallelism)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (Native32Sampler.Fills(stream))
        {
            CheckFloat32Range(target, stream);
        }

        Chunked(destination, maxDegreeOfParallelism, (chunk, firstIndex) => Fill(target, chunk, firstIndex, generator, stream));
    }

    /// <summary>
    /// The float32 streams compute in float32, so a uniform's bounds and width, a normal's mean and σ, and a truncated
    /// normal's mean, σ and bounds when the float32 stream draws it (the normal-rejection regime) must be finite in
    /// float32 (|x| ≤ 3.4028235e38): with σ = +∞ in float, σ·z would be NaN where z = 0. Checked before anything is
    /// written.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter beyond float32's range (named <c>stream</c>: the
    /// rounded-double stream handles it).</exception>
    private static void CheckFloat32Range(WeightDistribution target, FloatStream stream)
    {
        bool representable = target.Kind switch
        {
            DistributionKind.Uniform => float.IsFinite((float)target.Lower) && float.IsFinite((float)target.Upper)
                && float.IsFinite((float)(target.Upper - target.Lower)),
            DistributionKind.Normal => float.IsFinite((float)target.Mean) && float.IsFinite((float)target.Std),
            DistributionKind.TruncatedNormal => DistributionSampler.EffectiveStream(target, stream) == FloatStream.RoundedDouble
                || (float.IsFinite((float)target.Mean) && float.IsFinite((float)target.Std) && float.IsFinite((float)target.Lower) && float.IsFinite((float)target.Upper)),
            _ => true,
        };
        if (!representable)
        {
            Guard.ThrowOutOfRange("stream", stream,
                $"{stream} needs the target's parameters finite in float32 (|x| ≤ {float.MaxValue:R}); {target} is not: use RoundedDouble");
        }
    }

    /// <summary>Whether a fill of <paramref name="length"/> elements with this thread cap is cut into parallel chunks:
    /// from <see cref="ParallelThreshold"/> elements on, unless the cap is one thread.</summary>
    internal static bool RunsInParallel(int length, int maxDegreeOfParallelism) =>
        length >= ParallelThreshold && maxDegreeOfParallelism != 1;

    /// <summary>Runs <paramref name="fill"/> over the destination: whole on this thread when small, else in chunks of <see cref="ChunkSize"/> in parallel.</summary>
    private static void Chunked<T>(Span<T> destination, int maxDegreeOfParallelism, RangeFill<T> fill)
        where T : unmanaged
    {
        if (RunsInParallel(destination.Length, maxDegreeOfParallelism))
        {
            InParallelChunks(destination, maxDegreeOfParallelism, fill);
        }
        else
        {
            fill(destination, 0);
        }
    }

    /// <summary>Runs <paramref name="fill"/> over chunks of <see cref="ChunkSize"/> elements on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads.</summary>
    private static unsafe void InParallelChunks<T>(Span<T> destination, int maxDegreeOfParallelism, RangeFill<T> fill)
        where T : unmanaged
    {
        int length = destination.Length;
        int chunks = (length + ChunkSize - 1) / ChunkSize;
        fixed (T* pointer = destination)
        {
            nint address = (nint)pointer;
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
            {
                int start = chunk * ChunkSize;
                int count = Math.Min(ChunkSize, length - start);
                fill(new Span<T>((T*)address + start, count), start);
            });
        }
    }

    /// <summary>
    /// Fills a range of a tensor whose first element has index <paramref name="firstIndex"/>. Under
    /// <see cref="FloatStream.Native32"/> and <see cref="FloatStream.Native32Ars"/>, uniform and normal targets come from <see cref="Native32Sampler"/> (a double
    /// range gets the float elements widened exactly as they are stored), and so do truncated-normal targets in the
    /// normal-rejection regime (<see cref="TruncatedNormalSampler.DrawsNormals"/>); constant targets and the other
    /// truncated normals are the same under every stream.
    /// </summary>
    public static void Fill<T>(WeightDistribution target, Span<T> destination, long firstIndex, Philox4x32 generator, FloatStream stream = FloatStream.RoundedDouble)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        bool native32 = Native32Sampler.Fills(DistributionSampler.EffectiveStream(target, stream));
        switch (target.Kind)
        {
            case DistributionKind.Constant:
                destination.Fill(T.CreateTruncating(target.Mean));
                break;
            case DistributionKind.Uniform when native32:
                Native32Sampler.FillUniform(destination, firstIndex, target.Lower, target.Upper, generator, stream);
                break;
            case DistributionKind.Uniform:
                UniformSampler.Fill(destination, firstIndex, target.Lower, target.Upper, generator);
                break;
            case DistributionKind.Normal when native32:
                Native32Sampler.FillNormal(destination, firstIndex, target.Mean, target.Std, generator, stream);
                break;
            case DistributionKind.Normal:
                NormalSampler.Fill(destination, firstIndex, target.Mean, target.Std, generator);
                break;
            case DistributionKind.TruncatedNormal when native32:
                Native32Sampler.FillTruncatedNormal(destination, firstIndex, target.Mean, target.Std, target.Lower, target.Upper, generator, stream);
                break;
            case DistributionKind.TruncatedNormal:
                TruncatedNormalSampler.Fill(destination, firstIndex, target.Mean, target.Std, target.Lower, target.Upper, generator);
                break;
            default:
                throw new ArgumentException($"{target.Kind} is not an element-wise distribution.", nameof(target));
        }
    }

    /// <summary>Fills a range of a tensor whose first element has index <paramref name="firstIndex"/>.</summary>
    private delegate void RangeFill<T>(Span<T> destination, long firstIndex);
}
