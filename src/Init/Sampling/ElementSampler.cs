using System.Buffers;
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
        Chunked(destination, maxDegreeOfParallelism, (chunk, firstIndex) => Fill(target, chunk, firstIndex, generator));

    /// <summary>Fills the whole float destination from the chosen <see cref="FloatStream"/>, in parallel chunks when it is large.</summary>
    public static void FillTensor(WeightDistribution target, Span<float> destination, Philox4x32 generator, FloatStream stream, int maxDegreeOfParallelism)
    {
        if (stream == FloatStream.RoundedDouble)
        {
            FillTensor(target, destination, generator, maxDegreeOfParallelism);
            return;
        }

        CheckFloat32Range(target);
        Chunked(destination, maxDegreeOfParallelism, (chunk, firstIndex) => FillNative32(target, chunk, firstIndex, generator));
    }

    /// <summary>
    /// <see cref="FloatStream.Native32"/> computes in float32, so a uniform's bounds and width and a normal's mean and σ
    /// must be finite in float32 (|x| ≤ 3.4028235e38): with σ = +∞ in float, σ·z would be NaN where z = 0. Checked
    /// before anything is written.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">A parameter beyond float32's range (named <c>stream</c>: the
    /// rounded-double stream handles it).</exception>
    private static void CheckFloat32Range(WeightDistribution target)
    {
        bool representable = target.Kind switch
        {
            DistributionKind.Uniform => float.IsFinite((float)target.Lower) && float.IsFinite((float)target.Upper)
                && float.IsFinite((float)(target.Upper - target.Lower)),
            DistributionKind.Normal => float.IsFinite((float)target.Mean) && float.IsFinite((float)target.Std),
            _ => true,
        };
        if (!representable)
        {
            Guard.ThrowOutOfRange("stream", FloatStream.Native32,
                $"Native32 needs the target's parameters finite in float32 (|x| ≤ {float.MaxValue:R}); {target} is not: use RoundedDouble");
        }
    }

    /// <summary>
    /// The <see cref="FloatStream.Native32"/> element fill: uniform and normal targets from <see cref="Native32Sampler"/>,
    /// constant and truncated-normal targets as <see cref="Fill{T}"/>.
    /// </summary>
    public static void FillNative32(WeightDistribution target, Span<float> destination, long firstIndex, Philox4x32 generator)
    {
        switch (target.Kind)
        {
            case DistributionKind.Uniform:
                Native32Sampler.FillUniform(destination, firstIndex, target.Lower, target.Upper, generator);
                break;
            case DistributionKind.Normal:
                Native32Sampler.FillNormal(destination, firstIndex, target.Mean, target.Std, generator);
                break;
            default:
                Fill(target, destination, firstIndex, generator);
                break;
        }
    }

    /// <summary>Whether a fill of <paramref name="length"/> elements with this thread cap is cut into parallel chunks:
    /// from <see cref="ParallelThreshold"/> elements on, unless the cap is one thread.</summary>
    internal static bool RunsInParallel(int length, int maxDegreeOfParallelism) =>
        length >= ParallelThreshold && maxDegreeOfParallelism != 1;

    /// <summary>Runs <paramref name="fill"/> over the destination: whole and in place when small; else chunk by chunk of
    /// <see cref="ChunkSize"/>, each generated in a cached stage and streamed out (<see cref="FillStaged"/>), in
    /// parallel unless the cap is one thread.</summary>
    private static unsafe void Chunked<T>(Span<T> destination, int maxDegreeOfParallelism, RangeFill<T> fill)
        where T : unmanaged
    {
        int length = destination.Length;
        if (length < ParallelThreshold)
        {
            fill(destination, 0);
            return;
        }

        int chunks = (length + ChunkSize - 1) / ChunkSize;
        fixed (T* pointer = destination)
        {
            nint address = (nint)pointer;
            void FillChunk(int chunk)
            {
                int start = chunk * ChunkSize;
                int count = Math.Min(ChunkSize, length - start);
                FillStaged(new Span<T>((T*)address + start, count), start, fill);
            }

            if (RunsInParallel(length, maxDegreeOfParallelism))
            {
                Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, FillChunk);
            }
            else
            {
                for (int chunk = 0; chunk < chunks; chunk++)
                {
                    FillChunk(chunk);
                }
            }
        }
    }

    /// <summary>Elements generated at a time into a stage that stays in the core's cache (64 KiB of floats, 128 KiB of
    /// doubles; a multiple of 64 like <see cref="ChunkSize"/>, so no Box-Muller pair or Native32 tile is split).</summary>
    internal const int StageSize = 1 << 14;

    /// <summary>Fills a range whose first element has tensor index <paramref name="firstIndex"/> through a cached stage:
    /// <paramref name="fill"/> writes <see cref="StageSize"/> elements at a time there, and <see cref="StreamingStore"/>
    /// copies them out without reading the destination's lines first. The same bits as filling in place.</summary>
    internal static void FillStaged<T>(Span<T> destination, long firstIndex, RangeFill<T> fill)
        where T : unmanaged
    {
        T[] stage = ArrayPool<T>.Shared.Rent(StageSize);
        try
        {
            for (int start = 0; start < destination.Length; start += StageSize)
            {
                Span<T> staged = stage.AsSpan(0, Math.Min(StageSize, destination.Length - start));
                fill(staged, firstIndex + start);
                StreamingStore.Copy<T>(staged, destination.Slice(start, staged.Length));
            }
        }
        finally
        {
            ArrayPool<T>.Shared.Return(stage);
        }
    }

    public static void Fill<T>(WeightDistribution target, Span<T> destination, long firstIndex, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        switch (target.Kind)
        {
            case DistributionKind.Constant:
                destination.Fill(T.CreateTruncating(target.Mean));
                break;
            case DistributionKind.Uniform:
                UniformSampler.Fill(destination, firstIndex, target.Lower, target.Upper, generator);
                break;
            case DistributionKind.Normal:
                NormalSampler.Fill(destination, firstIndex, target.Mean, target.Std, generator);
                break;
            case DistributionKind.TruncatedNormal:
                TruncatedNormalSampler.Fill(destination, firstIndex, target.Mean, target.Std, target.Lower, target.Upper, generator);
                break;
            default:
                throw new ArgumentException($"{target.Kind} is not an element-wise distribution.", nameof(target));
        }
    }

    /// <summary>Fills a range of a tensor whose first element has index <paramref name="firstIndex"/>.</summary>
    internal delegate void RangeFill<T>(Span<T> destination, long firstIndex);
}
