using MathNet.Numerics;
using MathNet.Numerics.Integration;

namespace InitVerify.Stats.Distributions;

/// <summary>
/// The normal N(μ, σ²) conditioned on [a, b] (PyTorch <c>trunc_normal_</c> semantics: a and b are absolute
/// bounds, not multiples of σ). With α = (a − μ)/σ, β = (b − μ)/σ and Z = Φ(β) − Φ(α),
/// F(x) = (Φ((x − μ)/σ) − Φ(α))/Z on [a, b].
/// </summary>
/// <remarks>
/// Accuracy far in a tail: when [α, β] lies in one tail (α ≥ 0, or β ≤ 0 by mirroring), every mass is taken
/// relative to φ at the near bound through the Mills ratio R = Q/φ, (Q(x₁) − Q(x₂))/φ(x₁) =
/// R(x₁)(1 − e) + e(R(x₁) − R(x₂)), e = φ(x₂)/φ(x₁), so nothing underflows or cancels even for α = 40.
/// Straddling intervals take Z = (erf(β/√2) + erf(−α/√2))/2. The moments (mean, variance, μ₄) are computed
/// once by Gauss-Legendre quadrature (16 nodes per panel, panels over which the log-density changes by at most
/// ~1) of the density relative to its value at the near bound, first the mean and then the central moments
/// about it, so they keep full relative accuracy where the closed forms 1 + (αφ(α) − βφ(β))/Z − m² cancel
/// (variance ≈ 1/α² for large α). Intervals narrower than ~1e-8 σ lose digits in the CDF (not in the moments).
/// The quantile inverts the CDF by bisection.
/// </remarks>
public sealed class TruncatedNormalDistribution : IContinuousDistribution, IMonotoneCdf
{
    /// <summary>Log-density drop beyond which the quadrature stops: e^−45 ≈ 3e-20 of the peak.</summary>
    private const double QuadratureLogCut = 45;

    /// <summary>Log-density drop that brackets every quantile with p &lt; 1: e^−800 underflows to 0.</summary>
    private const double QuantileLogCut = 800;

    private static readonly GaussLegendreRule Rule = new(-1, 1, 16);

    private readonly Layout _layout;
    private readonly double _alpha;
    private readonly double _beta;

    /// <summary>Tail layouts: the oriented bounds 0 ≤ α' &lt; β' ≤ ∞ and J₀ = (Q(α') − Q(β'))/φ(α').</summary>
    private readonly double _nearBound;
    private readonly double _farBound;
    private readonly double _scaledMass;

    /// <summary>Straddling layout: Z = Φ(β) − Φ(α).</summary>
    private readonly double _mass;

    private readonly double _quantileLow;
    private readonly double _quantileHigh;

    /// <summary>Creates the truncated normal.</summary>
    /// <param name="mean">Parent mean μ, finite (may lie outside [a, b]).</param>
    /// <param name="std">Parent standard deviation σ, finite and &gt; 0.</param>
    /// <param name="a">Lower bound; −∞ allowed.</param>
    /// <param name="b">Upper bound, &gt; a; +∞ allowed.</param>
    /// <exception cref="ArgumentOutOfRangeException">
    /// A parameter outside its range, or bounds whose standardized values are not distinct in double precision.
    /// </exception>
    public TruncatedNormalDistribution(double mean, double std, double a, double b)
    {
        Mu = Guard.Finite(mean, nameof(mean));
        Std = Guard.PositiveFinite(std, nameof(std));
        if (double.IsNaN(a) || double.IsPositiveInfinity(a))
        {
            Guard.ThrowOutOfRange(nameof(a), a, "must be finite or −∞");
        }

        if (!(b > a))
        {
            Guard.ThrowOutOfRange(nameof(b), b, $"must be finite or +∞ and > a = {a}");
        }

        _alpha = (a - mean) / std;
        _beta = (b - mean) / std;
        if (!(_beta > _alpha))
        {
            Guard.ThrowOutOfRange(nameof(std), std, $"leaves standardized bounds ({_alpha}, {_beta}) that are not distinct");
        }

        Lower = a;
        Upper = b;
        _layout = _alpha >= 0 ? Layout.UpperTail : _beta <= 0 ? Layout.LowerTail : Layout.Straddle;

        double m, c2, c4;
        if (_layout == Layout.Straddle)
        {
            _mass = 0.5 * (SpecialFunctions.Erf(_beta / Constants.Sqrt2) + SpecialFunctions.Erf(-_alpha / Constants.Sqrt2));
            double reach = Math.Sqrt(2 * QuadratureLogCut);
            (m, c2, c4) = Moments(t => NormalDensity.ExpMinusHalfSquare(t), Math.Max(_alpha, -reach), Math.Min(_beta, reach), 0);
            Mean = Mu + Std * m;
            double qReach = Math.Sqrt(2 * QuantileLogCut);
            _quantileLow = Math.Max(a, Mu - qReach * Std);
            _quantileHigh = Math.Min(b, Mu + qReach * Std);
        }
        else
        {
            _nearBound = _layout == Layout.UpperTail ? _alpha : -_beta;
            _farBound = _layout == Layout.UpperTail ? _beta : -_alpha;
            _scaledMass = StandardNormal.TailDifference(_nearBound, _farBound);
            double alphaP = _nearBound;
            double width = _farBound - _nearBound;
            double cut = Math.Min(width, Reach(alphaP, QuadratureLogCut));
            (m, c2, c4) = Moments(y => Math.Exp(-y * (alphaP + 0.5 * y)), 0, cut, alphaP);
            double qCut = Math.Min(width, Reach(alphaP, QuantileLogCut));
            if (_layout == Layout.UpperTail)
            {
                Mean = a + Std * m;
                _quantileLow = a;
                _quantileHigh = Math.Min(b, a + qCut * Std);
            }
            else
            {
                Mean = b - Std * m;
                _quantileLow = Math.Max(a, b - qCut * Std);
                _quantileHigh = b;
            }
        }

        Variance = Std * Std * c2;
        FourthCentralMoment = Std * Std * Std * Std * c4;
    }

    private enum Layout
    {
        Straddle,
        UpperTail,
        LowerTail,
    }

    /// <summary>The parent mean μ.</summary>
    public double Mu { get; }

    /// <summary>The parent standard deviation σ (the elements' own standard deviation is √<see cref="Variance"/>).</summary>
    public double Std { get; }

    /// <summary>The lower bound a.</summary>
    public double Lower { get; }

    /// <summary>The upper bound b.</summary>
    public double Upper { get; }

    /// <summary>E X = μ + σ (φ(α) − φ(β))/Z (computed as described in the remarks).</summary>
    public double Mean { get; }

    /// <summary>Var X = σ² (1 + (αφ(α) − βφ(β))/Z − ((φ(α) − φ(β))/Z)²) (computed as described in the remarks).</summary>
    public double Variance { get; }

    /// <summary>E (X − E X)⁴ (computed as described in the remarks).</summary>
    public double FourthCentralMoment { get; }

    /// <inheritdoc/>
    /// <remarks>NaN passes both bound checks and gives NaN through the formulas (Math.Min and Math.Max keep it).</remarks>
    public double Cdf(double x)
    {
        if (x <= Lower)
        {
            return 0;
        }

        if (x >= Upper)
        {
            return 1;
        }

        return _layout switch
        {
            Layout.UpperTail => NearMass((x - Lower) / Std),
            Layout.LowerTail => FarMass((Upper - x) / Std),
            _ => StraddleCdf((x - Mu) / Std),
        };
    }

    /// <inheritdoc/>
    public double Survival(double x)
    {
        if (x <= Lower)
        {
            return 1;
        }

        if (x >= Upper)
        {
            return 0;
        }

        return _layout switch
        {
            Layout.UpperTail => FarMass((x - Lower) / Std),
            Layout.LowerTail => NearMass((Upper - x) / Std),
            _ => StraddleSurvival((x - Mu) / Std),
        };
    }

    /// <summary>The p-quantile, by bisection of <see cref="Cdf(double)"/> (to one ulp).</summary>
    /// <param name="p">Probability in [0, 1]; 0 gives a, 1 gives b.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> outside [0, 1].</exception>
    public double Quantile(double p)
    {
        DistributionGuard.Probability(p);
        if (p == 0)
        {
            return Lower;
        }

        if (p == 1)
        {
            return Upper;
        }

        return MonotoneInverse.Quantile(Cdf, p, _quantileLow, _quantileHigh);
    }

    /// <inheritdoc/>
    public override string ToString() => FormattableString.Invariant($"TN(μ={Mu:R}, σ={Std:R}, [{Lower:R}, {Upper:R}])");

    /// <summary>The distance y ≥ 0 from the near bound at which α'y + y²/2 reaches <paramref name="logDrop"/>.</summary>
    private static double Reach(double alphaP, double logDrop) => 2 * logDrop / (alphaP + Math.Sqrt(alphaP * alphaP + 2 * logDrop));

    /// <summary>Tail layouts: mass between the near bound and distance y from it (in σ).</summary>
    private double NearMass(double y)
    {
        double x = Math.Min(_nearBound + y, _farBound);
        return Math.Min(1, StandardNormal.TailDifference(_nearBound, x) / _scaledMass);
    }

    /// <summary>Tail layouts: mass beyond distance y from the near bound.</summary>
    private double FarMass(double y)
    {
        double x = Math.Min(_nearBound + y, _farBound);
        double ratio = Math.Exp(-0.5 * (x - _nearBound) * (x + _nearBound));
        return Math.Min(1, ratio * StandardNormal.TailDifference(x, _farBound) / _scaledMass);
    }

    /// <summary>(Φ(z) − Φ(α))/Z, at most 1: relatively accurate where it is small (z near α), absolutely elsewhere.</summary>
    private double StraddleCdf(double z) => Math.Min(1, BelowMass(z) / _mass);

    /// <summary>(Φ(β) − Φ(z))/Z, at most 1: relatively accurate where it is small (z near β), absolutely elsewhere.</summary>
    private double StraddleSurvival(double z) => Math.Min(1, AboveMass(z) / _mass);

    /// <summary>Φ(z) − Φ(α) for α ≤ z ≤ β: below z = −1 by the tail difference (relatively accurate in the lower
    /// tail), from −1 on by the erf difference (for z ≥ 0 a sum of two nonnegative terms).</summary>
    private double BelowMass(double z) => z < -1
        ? NormalDensity.At(z) * StandardNormal.TailDifference(-z, -_alpha)
        : Math.Max(0, 0.5 * (SpecialFunctions.Erf(-_alpha / Constants.Sqrt2) - SpecialFunctions.Erf(-z / Constants.Sqrt2)));

    /// <summary>Φ(β) − Φ(z) for α ≤ z ≤ β (as <see cref="BelowMass"/>, mirrored).</summary>
    private double AboveMass(double z) => z > 1
        ? NormalDensity.At(z) * StandardNormal.TailDifference(z, _beta)
        : Math.Max(0, 0.5 * (SpecialFunctions.Erf(_beta / Constants.Sqrt2) - SpecialFunctions.Erf(z / Constants.Sqrt2)));

    /// <summary>
    /// Mean, second and fourth central moments of the density ∝ g on [lo, hi] by panelled Gauss-Legendre; the
    /// panel width is min(¼, 1/(|slope| + t + 1)) so that log g changes by at most about one per panel.
    /// </summary>
    private static (double Mean, double C2, double C4) Moments(Func<double, double> g, double lo, double hi, double slope)
    {
        var edges = new List<double> { lo };
        double t = lo;
        while (t < hi)
        {
            double step = Math.Min(0.25, 1 / (slope + Math.Abs(t) + 1));
            t = Math.Min(hi, t + step);
            edges.Add(t);
        }

        double[] nodes = Rule.Abscissas;
        double[] weights = Rule.Weights;
        var points = new List<(double T, double W)>(edges.Count * nodes.Length);
        for (int p = 0; p + 1 < edges.Count; p++)
        {
            double half = 0.5 * (edges[p + 1] - edges[p]);
            double centre = 0.5 * (edges[p + 1] + edges[p]);
            for (int i = 0; i < nodes.Length; i++)
            {
                double tt = centre + half * nodes[i];
                points.Add((tt, half * weights[i] * g(tt)));
            }
        }

        double m0 = 0, m1 = 0;
        foreach (var (tt, w) in points)
        {
            m0 += w;
            m1 += w * tt;
        }

        double mean = m1 / m0;
        double c2 = 0, c4 = 0;
        foreach (var (tt, w) in points)
        {
            double d2 = (tt - mean) * (tt - mean);
            c2 += w * d2;
            c4 += w * d2 * d2;
        }

        return (mean, c2 / m0, c4 / m0);
    }
}
