using InitVerify.Stats.Distributions;

namespace InitVerify.Cli.Check;

/// <summary>
/// A bounded expected distribution adapted to data stored in a finite float format, so that rounding at the
/// support's edges is not mistaken for a misfit.
/// </summary>
/// <remarks>
/// Two effects of storing a draw x ∈ [a, b] as the nearest float32 (or float64) value: the stored value can lie
/// just outside [a, b] (the nearest float to b may exceed b), and it can equal an edge exactly, where F = 0 or 1 and
/// Anderson-Darling's log-weights make A² = +∞. Rounding to nearest is monotone, so every stored value lies in
/// [round(a), round(b)]: the support is widened to those rounded bounds. F and 1 − F are clamped to
/// [1/(4n²), 1 − 1/(4n²)]: clamping only moves a point's F inward, so it can only lower A² (never add a false
/// failure), changes the KS statistic by at most 1/(4n²) (far below its envelope, ~1/√n), and touches only points
/// that a continuous F would put within 1/(4n²) of 0 or 1. Mean, variance and fourth moment are the exact
/// distribution's (rounding changes them by a relative 2⁻²⁴ at most, far below any detectable error).
/// </remarks>
internal sealed class FloatDataDistribution : IContinuousDistribution
{
    private readonly IContinuousDistribution _inner;
    private readonly double _epsilon;

    public FloatDataDistribution(IContinuousDistribution inner, int itemSize, int n)
    {
        _inner = inner;
        _epsilon = 1.0 / (4.0 * n * (double)n);
        Lower = Math.Min(inner.Lower, Round(inner.Lower, itemSize));
        Upper = Math.Max(inner.Upper, Round(inner.Upper, itemSize));
    }

    /// <summary>The clamp 1/(4n²) applied to F and 1 − F.</summary>
    public double Epsilon => _epsilon;

    public double Mean => _inner.Mean;

    public double Variance => _inner.Variance;

    public double FourthCentralMoment => _inner.FourthCentralMoment;

    public double Lower { get; }

    public double Upper { get; }

    public double Cdf(double x) => Clamp(_inner.Cdf(x));

    public double Survival(double x) => Clamp(_inner.Survival(x));

    public void Cdf(ReadOnlySpan<double> x, Span<double> destination)
    {
        _inner.Cdf(x, destination);
        foreach (ref double p in destination)
        {
            p = Clamp(p);
        }
    }

    public double Quantile(double p) => _inner.Quantile(p);

    public override string ToString() => _inner.ToString() ?? "";

    private static double Round(double bound, int itemSize) =>
        itemSize == 4 && double.IsFinite(bound) ? (float)bound : bound;

    private double Clamp(double p) => Math.Clamp(p, _epsilon, 1 - _epsilon);
}
