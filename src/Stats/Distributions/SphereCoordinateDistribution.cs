using MathNet.Numerics;

namespace InitVerify.Stats.Distributions;

/// <summary>
/// The law of scale·u₁, u₁ one coordinate of a uniformly random unit vector in ℝᵐ: the exact marginal of each
/// element of a Haar-random orthogonal (or semi-orthogonal, m = max(rows, cols)) matrix times a gain.
/// </summary>
/// <remarks>
/// For m ≥ 2, t = x/scale has t² ~ Beta(½, (m−1)/2), so F(x) = ½ + sign(t)·I_{t²}(½, (m−1)/2)/2 with I the
/// regularized incomplete beta function (MathNet); in the tails the complement
/// I_{1−t²}((m−1)/2, ½)/2 is used, with 1 − t² = (1 − |t|)(1 + |t|), from t² = 1.5/((m−1)/2 + 2.5) on: there
/// MathNet's I_x(a, b) would switch to 1 − I_{1−x}(b, a) (it evaluates its continued fraction directly only for
/// x &lt; (a + 1)/(a + b + 2)), and ½ − I/2 would cancel (for m = 1000 it was 0 at t = 0.5, where the tail is 1e-65;
/// a fixed switch at t² = ½ did that until 2026-12-01). m = 2 is the arcsine law
/// F = ½ + asin(t)/π. Mean 0, variance scale²/m, μ₄ = 3 scale⁴/(m(m+2)); the density is ∝ (1 − t²)^((m−3)/2).
/// m = 1 is not continuous: ±scale with probability ½ each, F = 0 below −scale, ½ on [−scale, scale), 1 from
/// scale on. A KS or AD test against it is meaningless; it is provided so that a 1×1 orthogonal weight has a
/// target.
/// </remarks>
public sealed class SphereCoordinateDistribution : IContinuousDistribution, IMonotoneCdf
{
    private readonly double _halfDimMinusOne;

    /// <summary>(a + 1)/(a + b + 2) for I_{t²}(½, (m−1)/2): below it MathNet evaluates that form directly.</summary>
    private readonly double _directBelow;

    /// <summary>Creates the coordinate law.</summary>
    /// <param name="dimension">m ≥ 1, the dimension of the sphere.</param>
    /// <param name="scale">The scale (gain) s, finite and &gt; 0: the support is [−s, s].</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public SphereCoordinateDistribution(int dimension, double scale)
    {
        Dimension = Guard.AtLeast(dimension, 1, nameof(dimension));
        Scale = Guard.PositiveFinite(scale, nameof(scale));
        _halfDimMinusOne = 0.5 * (dimension - 1);
        _directBelow = 1.5 / (_halfDimMinusOne + 2.5);
    }

    /// <summary>The dimension m.</summary>
    public int Dimension { get; }

    /// <summary>The scale s.</summary>
    public double Scale { get; }

    /// <summary>0.</summary>
    public double Mean => 0;

    /// <summary>s²/m.</summary>
    public double Variance => Scale * Scale / Dimension;

    /// <summary>3 s⁴/(m(m + 2)) (for m = 1: s⁴).</summary>
    public double FourthCentralMoment => 3 * Scale * Scale * Scale * Scale / ((double)Dimension * (Dimension + 2));

    /// <summary>−s.</summary>
    public double Lower => -Scale;

    /// <summary>s.</summary>
    public double Upper => Scale;

    /// <inheritdoc/>
    public double Cdf(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        double t = x / Scale;
        if (Dimension == 1)
        {
            return t < -1 ? 0 : t < 1 ? 0.5 : 1;
        }

        t = Math.Clamp(t, -1, 1);
        return t < 0 ? TailMass(t) : 1 - TailMass(t);
    }

    /// <inheritdoc/>
    public double Survival(double x)
    {
        if (double.IsNaN(x))
        {
            return double.NaN;
        }

        double t = x / Scale;
        if (Dimension == 1)
        {
            return t < -1 ? 1 : t < 1 ? 0.5 : 0;
        }

        t = Math.Clamp(t, -1, 1);
        return t > 0 ? TailMass(t) : 1 - TailMass(t);
    }

    /// <summary>The p-quantile: for m = 1, −s for p ≤ ½ and s above; otherwise bisection of the CDF (to one ulp).</summary>
    /// <param name="p">Probability in [0, 1].</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> outside [0, 1].</exception>
    public double Quantile(double p)
    {
        DistributionGuard.Probability(p);
        if (Dimension == 1)
        {
            return p <= 0.5 ? -Scale : Scale;
        }

        return p == 0 ? -Scale : p == 1 ? Scale : MonotoneInverse.Quantile(Cdf, p, -Scale, Scale);
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"SphereCoordinate(m={Dimension}, s={Scale:R})");

    /// <summary>
    /// P(T &gt; |u|) for −1 ≤ u ≤ 1 (0 at |u| = 1): ½ − I_{u²}(½, (m−1)/2)/2 while u² is below the switch in the
    /// remarks, I_{1−u²}((m−1)/2, ½)/2 from there on (1 − u² taken as (1 − u)(1 + u), symmetric in u).
    /// </summary>
    private double TailMass(double u)
    {
        double u2 = u * u;
        if (u2 < _directBelow)
        {
            return 0.5 - 0.5 * SpecialFunctions.BetaRegularized(0.5, _halfDimMinusOne, u2);
        }

        double complement = (1 - u) * (1 + u);
        return 0.5 * SpecialFunctions.BetaRegularized(_halfDimMinusOne, 0.5, complement);
    }
}
