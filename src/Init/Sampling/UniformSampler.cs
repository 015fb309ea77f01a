using System.Numerics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>
/// U(low, high) fill. Element i takes the (i mod 2)-th 53-bit uniform u of Philox block ⌊i/2⌋ and is
/// low + (high − low)·u clamped to [low, high] against rounding; so any index range can be filled on its own.
/// </summary>
internal static class UniformSampler
{
    public static void Fill<T>(Span<T> destination, long firstIndex, double low, double high, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        double width = high - low;
        for (int k = 0; k < destination.Length; k++)
        {
            long i = firstIndex + k;
            PhiloxBlock block = generator.Block((ulong)i >> 1);
            double u = (i & 1) == 0 ? block.Uniform0 : block.Uniform1;
            destination[k] = T.CreateTruncating(Math.Clamp(low + width * u, low, high));
        }
    }
}
