using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Properties;

/// <summary>
/// The suite's generators: shapes of rank 2..5 with awkward dimensions (1, primes, very unequal fans, conv kernels,
/// grouped convolutions, both layouts), initializer parameters across their ranges, and seeds.
/// </summary>
public static class Arbitraries
{
    private static readonly int[] Primes = [2, 3, 5, 7, 11, 13, 31, 61, 127, 257, 509];

    /// <summary>Element budget per generated tensor (further tensors are drawn when a check needs more samples).</summary>
    public const int MaxElements = 150_000;

    /// <summary>A 64-bit seed.</summary>
    public static Gen<ulong> Seed { get; } =
        from hi in Gen.Choose(int.MinValue, int.MaxValue)
        from lo in Gen.Choose(int.MinValue, int.MaxValue)
        select ((ulong)(uint)hi << 32) | (uint)lo;

    /// <summary>One dimension: small, prime or large.</summary>
    public static Gen<int> Dimension { get; } = Gen.Frequency(
        (3, Gen.Choose(1, 16)),
        (2, Gen.Elements(Primes)),
        (2, Gen.Choose(17, 512)));

    private static Gen<int> Kernel { get; } = Gen.Frequency((3, Gen.Choose(1, 7)), (1, Gen.Constant(1)));

    /// <summary>Dense [out, in] shapes, including very unequal fans ([1, n], [n, 1]).</summary>
    public static Gen<ShapeCase> Dense { get; } = Gen.Frequency(
        (4, from o in Dimension from i in Dimension select Torch([o, i])),
        (1, from n in Gen.Choose(200, 1000) from wide in Gen.Elements(true, false) select Torch(wide ? [1, n] : [n, 1])));

    /// <summary>Convolution weights [out, in, k...] with 1..3 kernel dimensions.</summary>
    public static Gen<ShapeCase> Convolution { get; } =
        from o in Gen.Choose(1, 64)
        from i in Gen.Elements(1, 2, 3, 5, 16, 31, 64)
        from kernel in Gen.Choose(1, 3).SelectMany(r => Gen.ArrayOf(Kernel, r))
        select Torch([o, i, .. kernel]);

    /// <summary>Grouped and depthwise convolutions: weight [groups·m, in/groups, k, k].</summary>
    public static Gen<ShapeCase> Grouped { get; } =
        from groups in Gen.Elements(2, 3, 4, 8, 32)
        from perGroupOut in Gen.Choose(1, 8)
        from perGroupIn in Gen.Elements(1, 1, 2, 7)
        from k in Gen.Choose(1, 5)
        select new ShapeCase([groups * perGroupOut, perGroupIn, k, k], WeightLayout.OutInKernel, groups);

    /// <summary>Any of the above in PyTorch layout, or converted to Keras layout [k..., in, out].</summary>
    public static Gen<ShapeCase> Shape { get; } =
        from torch in Gen.Frequency((3, Dense), (3, Convolution), (2, Grouped)).Where(s => s.Count <= MaxElements)
        from keras in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select keras ? ToKeras(torch) : torch;

    /// <summary>Variance-scaling cases: LeCun, Xavier (with gain), He (with a, mode, nonlinearity), general (scale, mode, distribution).</summary>
    public static Gen<ScalingCase> Scaling { get; } =
        from family in Gen.Elements(Family.LeCun, Family.Xavier, Family.He, Family.VarianceScaling)
        from distribution in family == Family.VarianceScaling
            ? Gen.Elements(VarianceScalingDistribution.Normal, VarianceScalingDistribution.Uniform, VarianceScalingDistribution.TruncatedNormal)
            : Gen.Elements(VarianceScalingDistribution.Normal, VarianceScalingDistribution.Uniform)
        from gain in Gen.Elements(1.0, 5.0 / 3, Math.Sqrt(2), 0.25, 3.7)
        from a in Gen.Elements(0.0, 0.01, 0.2, Math.Sqrt(5), 1.0, 4.0)
        from nonlinearity in Gen.Elements(Enum.GetValues<Nonlinearity>())
        from mode in Gen.Elements(FanMode.FanIn, FanMode.FanOut, FanMode.FanAvg)
        from scale in Gen.Elements(0.1, 1.0, 2.0, 9.5)
        from shape in Shape
        from seed in Seed
        select new ScalingCase(family, distribution, gain, a, nonlinearity, mode, scale, shape, seed);

    /// <summary>Shapes of rank 1..5 for element-wise initializers.</summary>
    public static Gen<int[]> AnyDims { get; } =
        Gen.Choose(1, 5).SelectMany(r => Gen.ArrayOf(Dimension, r)).Where(d => d.Aggregate(1L, (p, x) => p * x) <= MaxElements);

    /// <summary>N(μ, σ²) with μ in [−5, 5] and σ from 10⁻³ to 7.5.</summary>
    public static Gen<ParameterCase> Normal { get; } =
        from mean in Gen.Choose(-50, 50)
        from std in Gen.Elements(1e-3, 0.02, 1.0, 7.5)
        from dims in AnyDims
        from seed in Seed
        select new ParameterCase("normal", mean / 10.0, std, double.NaN, double.NaN, dims, seed);

    /// <summary>U(a, b) with bounds on both sides of 0 or on one side, widths 10⁻³ to 100.</summary>
    public static Gen<ParameterCase> Uniform { get; } =
        from low in Gen.Choose(-100, 100)
        from width in Gen.Elements(1e-3, 0.5, 2.0, 100.0)
        from dims in AnyDims
        from seed in Seed
        select new ParameterCase("uniform", double.NaN, double.NaN, low / 10.0, low / 10.0 + width, dims, seed);

    /// <summary>
    /// Truncated normals in every regime of the sampler: symmetric cuts, narrow intervals around 0, one-sided tails
    /// (near and far: α up to 30), the left tail, and a mean far outside [a, b]; σ from 10⁻⁴ to 3.
    /// </summary>
    public static Gen<ParameterCase> TruncatedNormal { get; } =
        from mean in Gen.Choose(-20, 20)
        from std in Gen.Elements(1e-4, 0.5, 1.0, 3.0)
        from bounds in Gen.OneOf(
            from b in Gen.Elements(0.5, 1.0, 2.0, 4.0) select (-b, b),
            from lo in Gen.Elements(-0.9, -0.3, 0.0) from w in Gen.Elements(0.1, 0.6, 1.5) select (lo, lo + w),
            from alpha in Gen.Elements(0.3, 1.0, 2.5, 6.0, 30.0) from w in Gen.Elements(0.01, 0.2, 1.0, 20.0) select (alpha, alpha + w),
            from alpha in Gen.Elements(0.3, 2.5, 8.0) from w in Gen.Elements(0.05, 5.0) select (-alpha - w, -alpha))
        from dims in AnyDims
        from seed in Seed
        select new ParameterCase("truncated-normal", mean / 10.0, std, mean / 10.0 + bounds.Item1 * std, mean / 10.0 + bounds.Item2 * std, dims, seed);

    /// <summary>Small orthogonal shapes (one QR per sample), square, wide, tall, rank 2..4.</summary>
    public static Gen<OrthogonalCase> Orthogonal { get; } =
        from gain in Gen.Elements(1.0, 0.5, Math.Sqrt(2), 3.0)
        from dims in Gen.Choose(2, 4).SelectMany(r => Gen.ArrayOf(Gen.Choose(1, 6), r))
        from seed in Seed
        select new OrthogonalCase(gain, dims, seed);

    /// <summary>Registered arbitrary for <see cref="ScalingCase"/>.</summary>
    public static Arbitrary<ScalingCase> ScalingCases() => Scaling.ToArbitrary();

    /// <summary>Registered arbitrary for <see cref="ShapeCase"/>.</summary>
    public static Arbitrary<ShapeCase> ShapeCases() => Shape.ToArbitrary();

    /// <summary>Registered arbitrary for <see cref="OrthogonalCase"/>.</summary>
    public static Arbitrary<OrthogonalCase> OrthogonalCases() => Orthogonal.ToArbitrary();

    private static ShapeCase Torch(int[] dims) => new(dims, WeightLayout.OutInKernel, 1);

    private static ShapeCase ToKeras(ShapeCase torch)
    {
        int[] d = torch.Dims;
        int[] keras = [.. d[2..], d[1], d[0]];
        return torch with { Dims = keras, Layout = WeightLayout.KernelInOut };
    }
}
