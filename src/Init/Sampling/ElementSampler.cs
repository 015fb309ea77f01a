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

    /// <summary>Elements per parallel chunk (even, so Box-Muller pairs never straddle chunks; any size gives the same bits).</summary>
    internal const int ChunkSize = 1 << 16;

    /// <summary>Fills the whole destination, in parallel chunks when it is large.</summary>
    public static unsafe void FillTensor<T>(WeightDistribution target, Span<T> destination, Philox4x32 generator, int maxDegreeOfParallelism)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        if (destination.Length < ParallelThreshold || maxDegreeOfParallelism == 1)
        {
            Fill(target, destination, 0, generator);
            return;
        }

        int length = destination.Length;
        int chunks = (length + ChunkSize - 1) / ChunkSize;
        fixed (T* pointer = destination)
        {
            nint address = (nint)pointer;
            Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism }, chunk =>
            {
                int start = chunk * ChunkSize;
                int count = Math.Min(ChunkSize, length - start);
                Fill(target, new Span<T>((T*)address + start, count), start, generator);
            });
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
}
