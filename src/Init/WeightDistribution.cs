using InitVerify.Init.Sampling;

namespace InitVerify.Init;

/// <summary>
/// The distribution an initializer promises for each element of a weight of a given shape: what a
/// verification compares samples against. Created through the validating factories below.
/// </summary>
public sealed record WeightDistribution
{
    private WeightDistribution(DistributionKind kind, double mean, double std, double lower, double upper, int dimension = 0)
    {
        Kind = kind;
        Mean = mean;
        Std = std;
        Lower = lower;
        Upper = upper;
        Dimension = dimension;
    }

    /// <summary>The distribution family.</summary>
    public DistributionKind Kind { get; }

    /// <summary>Constant: the value. Uniform / Orthogonal: the mean. (Truncated) normal: the parent's μ.</summary>
    public double Mean { get; }

    /// <summary>
    /// Normal and truncated normal: the parent's σ (for the truncated case the elements' own standard deviation
    /// is smaller: see <see cref="Variance"/>). Uniform and orthogonal: the elements' standard deviation. Constant: 0.
    /// </summary>
    public double Std { get; }

    /// <summary>The lower end of the support (−∞ for a normal).</summary>
    public double Lower { get; }

    /// <summary>The upper end of the support (+∞ for a normal).</summary>
    public double Upper { get; }

    /// <summary>Orthogonal only: m = max(rows, cols), the dimension of the sphere each row or column lies on.</summary>
    public int Dimension { get; }

    /// <summary>The expected value of one element (for a truncated normal, of the truncated distribution).</summary>
    public double ExpectedValue => Kind == DistributionKind.TruncatedNormal
        ? Mean + Std * TruncatedNormalMoments.StandardMean((Lower - Mean) / Std, (Upper - Mean) / Std)
        : Mean;

    /// <summary>The variance of one element (for a truncated normal, of the truncated distribution).</summary>
    public double Variance => Kind == DistributionKind.TruncatedNormal
        ? Std * Std * TruncatedNormalMoments.StandardVariance((Lower - Mean) / Std, (Upper - Mean) / Std)
        : Std * Std;

    /// <summary>Every element equals <paramref name="value"/>.</summary>
    /// <param name="value">Any finite value.</param>
    public static WeightDistribution Constant(double value) =>
        new(DistributionKind.Constant, Guard.Finite(value, nameof(value)), 0, value, value);

    /// <summary>U(low, high): mean (low+high)/2, variance (high−low)²/12.</summary>
    /// <param name="low">Finite lower bound.</param>
    /// <param name="high">Finite upper bound, &gt; low, with high − low finite.</param>
    public static WeightDistribution Uniform(double low, double high)
    {
        Guard.Finite(low, nameof(low));
        if (!(high > low) || !double.IsFinite(high - low))
        {
            Guard.ThrowOutOfRange(nameof(high), high, $"must exceed low = {low} by a finite amount");
        }

        return new(DistributionKind.Uniform, low / 2 + high / 2, (high - low) / Math.Sqrt(12.0), low, high);
    }

    /// <summary>The symmetric uniform with a given standard deviation: U(−√3·std, √3·std) (variance a²/3 = std²).</summary>
    /// <param name="std">Standard deviation, finite and &gt; 0.</param>
    public static WeightDistribution UniformWithStd(double std)
    {
        Guard.PositiveFinite(std, nameof(std));
        double bound = Math.Sqrt(3.0) * std;
        return Uniform(-bound, bound);
    }

    /// <summary>N(mean, std²).</summary>
    /// <param name="mean">Finite mean μ.</param>
    /// <param name="std">Standard deviation σ, finite and &gt; 0.</param>
    public static WeightDistribution Normal(double mean, double std) =>
        new(DistributionKind.Normal, Guard.Finite(mean, nameof(mean)), Guard.PositiveFinite(std, nameof(std)),
            double.NegativeInfinity, double.PositiveInfinity);

    /// <summary>N(mean, std²) conditioned on [a, b].</summary>
    /// <param name="mean">Finite parent mean μ (may lie outside [a, b]).</param>
    /// <param name="std">Parent standard deviation σ, finite and &gt; 0.</param>
    /// <param name="a">Finite lower bound.</param>
    /// <param name="b">Finite upper bound, &gt; a.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A parameter outside its range, or bounds whose standardized values (a−μ)/σ, (b−μ)/σ are not finite
    /// and distinct in double precision (no mass left to sample numerically).
    /// </exception>
    public static WeightDistribution TruncatedNormal(double mean, double std, double a, double b)
    {
        Guard.Finite(mean, nameof(mean));
        Guard.PositiveFinite(std, nameof(std));
        Guard.Finite(a, nameof(a));
        Guard.Finite(b, nameof(b));
        if (!(b > a))
        {
            Guard.ThrowOutOfRange(nameof(b), b, $"must be > a = {a}");
        }

        double alpha = (a - mean) / std;
        double beta = (b - mean) / std;
        if (!double.IsFinite(alpha) || !double.IsFinite(beta) || !(beta > alpha))
        {
            Guard.ThrowOutOfRange(nameof(std), std,
                $"leaves standardized bounds ({alpha}, {beta}) that are not finite and distinct: [a, b] = [{a}, {b}] holds no mass numerically for mean {mean}");
        }

        return new(DistributionKind.TruncatedNormal, mean, std, a, b);
    }

    /// <summary>The marginal of gain × a Haar-random matrix with orthonormal rows or columns.</summary>
    /// <param name="gain">Finite gain, &gt; 0.</param>
    /// <param name="rows">Rows, ≥ 1.</param>
    /// <param name="cols">Columns, ≥ 1.</param>
    public static WeightDistribution Orthogonal(double gain, int rows, int cols)
    {
        Guard.PositiveFinite(gain, nameof(gain));
        if (rows < 1)
        {
            Guard.ThrowOutOfRange(nameof(rows), rows, "must be ≥ 1");
        }

        if (cols < 1)
        {
            Guard.ThrowOutOfRange(nameof(cols), cols, "must be ≥ 1");
        }

        int m = Math.Max(rows, cols);
        return new(DistributionKind.Orthogonal, 0, gain / Math.Sqrt(m), -gain, gain, m);
    }

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        DistributionKind.Constant => $"Constant({Mean:R})",
        DistributionKind.Uniform => $"U({Lower:R}, {Upper:R})",
        DistributionKind.Normal => $"N({Mean:R}, {Std:R}²)",
        DistributionKind.TruncatedNormal => $"TN({Mean:R}, {Std:R}², [{Lower:R}, {Upper:R}])",
        _ => $"Orthogonal(gain {Upper:R}, m {Dimension})",
    };
}
