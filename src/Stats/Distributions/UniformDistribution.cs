namespace InitVerify.Stats.Distributions;

/// <summary>The continuous uniform distribution U(low, high): mean (low+high)/2, variance (high−low)²/12.</summary>
public sealed class UniformDistribution : IContinuousDistribution, IMonotoneCdf
{
    private readonly double _width;

    /// <summary>Creates U(low, high).</summary>
    /// <param name="low">Lower end a, finite.</param>
    /// <param name="high">Upper end b, finite, &gt; a, with b − a finite.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public UniformDistribution(double low, double high)
    {
        Guard.Finite(low, nameof(low));
        Guard.Finite(high, nameof(high));
        if (!(high > low) || !double.IsFinite(high - low))
        {
            Guard.ThrowOutOfRange(nameof(high), high, $"must exceed low = {low} by a finite amount");
        }

        Lower = low;
        Upper = high;
        _width = high - low;
    }

    /// <inheritdoc/>
    public double Lower { get; }

    /// <inheritdoc/>
    public double Upper { get; }

    /// <inheritdoc/>
    public double Mean => Lower / 2 + Upper / 2;

    /// <summary>(b − a)²/12.</summary>
    public double Variance => _width * _width / 12;

    /// <summary>μ₄ = (b − a)⁴/80 (so the kurtosis is 9/5).</summary>
    public double FourthCentralMoment => _width * _width * _width * _width / 80;

    /// <summary>(x − a)/(b − a) clamped to [0, 1].</summary>
    /// <param name="x">Any value.</param>
    public double Cdf(double x) => Math.Clamp((x - Lower) / _width, 0, 1);

    /// <summary>(b − x)/(b − a) clamped to [0, 1].</summary>
    /// <param name="x">Any value.</param>
    public double Survival(double x) => Math.Clamp((Upper - x) / _width, 0, 1);

    /// <summary>a + p (b − a), never above b.</summary>
    /// <param name="p">Probability in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> outside [0, 1].</exception>
    public double Quantile(double p)
    {
        DistributionGuard.Probability(p);
        return Math.Min(Upper, Lower + p * _width);
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"U({Lower:R}, {Upper:R})");
}
