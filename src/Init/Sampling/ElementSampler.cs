using System.Numerics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Sampling;

/// <summary>Fills any index range of a tensor with independent draws from an element-wise distribution.</summary>
internal static class ElementSampler
{
    public static void Fill<T>(WeightDistribution target, Span<T> destination, long firstIndex, Philox4x32 generator)
        where T : IFloatingPointIeee754<T>
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
