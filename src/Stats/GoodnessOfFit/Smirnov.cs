using MathNet.Numerics;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// The exact one-sided survival function smirnov(n, d) = P(D⁺_n ≥ d) = P(D⁻_n ≥ d) by Birnbaum and Tingey
/// (1951), "One-sided confidence contours for probability distribution functions", Ann. Math. Stat. 22:
/// smirnov(n, d) = d Σ_{v=0}^{⌊n(1−d)⌋} C(n, v) (d + v/n)^(v−1) (1 − d − v/n)^(n−v).
/// </summary>
/// <remarks>
/// Each term is (d/p)·b(v; n, p) with p = d + v/n and b the binomial probability, which is evaluated in logs
/// by Loader's saddle-point form (C. Loader, 2000, "Fast and accurate computation of binomial probabilities"):
/// b = exp(δ(n) − δ(v) − δ(n−v) − D(v, np) − D(n−v, nq)) · √(n/(2π v (n−v))), with δ the Stirling-series
/// error and D(x, M) = x ln(x/M) + M − x the deviance (by its series when x ≈ M). No large logarithms cancel,
/// so every term and hence the sum keeps ~1e-14 relative accuracy for any n, down to the smallest normal
/// double. All terms are positive. Cost O(n(1 − d)), or O(33,000) terms for large n (see <see cref="Stride"/>).
/// </remarks>
internal static class Smirnov
{
    /// <summary>ln √(2π).</summary>
    private const double LnSqrt2Pi = 0.918938533204672741780329736406;

    /// <summary>δ(k) = ln k! − (k + ½) ln k + k − ln √(2π) for k = 0..15 (from the exact factorials).</summary>
    private static readonly double[] SmallStirlingError = BuildSmallStirlingError();

    /// <summary>P(D⁺_n ≥ d) for n ≥ 1; 1 for d ≤ 0 and 0 for d ≥ 1.</summary>
    public static double Sf(int n, double d)
    {
        if (d <= 0)
        {
            return 1;
        }

        if (d >= 1)
        {
            return 0;
        }

        double t = n * d;
        if (2 * t * d > 750)
        {
            return 0; // P(D⁺ ≥ d) ≤ e^(−2nd²) (Massart 1990) underflows.
        }

        int last = (int)Math.Floor(n * (1 - d));
        int stride = Stride(n, t, d);
        double sum = stride == 1 ? Math.Exp(n * ElementaryFunctions.Log1p(-d)) : 0;
        for (int v = stride; v <= last; v += stride)
        {
            double np = t + v;
            double nq = n - v - t;
            if (nq <= 0)
            {
                break;
            }

            double p = np / n;
            sum += d / p * BinomialProbability(v, n, np, nq);
        }

        sum *= stride;
        return Math.Min(1, sum);
    }

    /// <summary>
    /// The sampling stride k for large n: the sum of a smooth summand over the integers equals k times its sum
    /// over every k-th integer up to a Poisson-summation (aliasing) error of order e^(−2πs/k), s the scale on
    /// which the summand varies. Where the terms matter (n d² ≥ 2.2, the p = d + v/n with non-negligible
    /// terms) s ≥ n/3300; k = ⌊n/33000⌋ keeps s/k ≥ 10, an error below e^−60. Near v = 0 the summand varies
    /// fast, but there it is below e^(−n d(1 − 2d)) times the sum, so the stride is used only when
    /// n d (1 − 2d) ≥ 60 (and n ≥ 66,000, where k ≥ 2). Checked against the full sum in the tests.
    /// </summary>
    internal static int Stride(int n, double t, double d) =>
        n >= 66_000 && t * (1 - (2 * d)) >= 60 && t * d >= 2 ? n / 33_000 : 1;

    /// <summary>b(x; n, p) for 0 &lt; x &lt; n, given np and nq = n(1 − p) (Loader 2000).</summary>
    internal static double BinomialProbability(int x, int n, double np, double nq)
    {
        double lc = StirlingError(n) - StirlingError(x) - StirlingError(n - x) - Deviance(x, np) - Deviance(n - x, nq);
        double lf = (2 * LnSqrt2Pi) + Math.Log(x) + ElementaryFunctions.Log1p(-(double)x / n);
        return Math.Exp(lc - (0.5 * lf));
    }

    /// <summary>
    /// δ(k) = ln k! − ((k + ½) ln k − k + ln √(2π)): a table for k ≤ 15, else the Stirling series
    /// 1/(12k) − 1/(360k³) + 1/(1260k⁵) − 1/(1680k⁷) + 1/(1188k⁹) (Bernoulli-number coefficients
    /// B₂ⱼ/(2j(2j−1))), truncated as in Loader (2000).
    /// </summary>
    internal static double StirlingError(int k)
    {
        if (k <= 15)
        {
            return SmallStirlingError[k];
        }

        const double s0 = 1.0 / 12, s1 = 1.0 / 360, s2 = 1.0 / 1260, s3 = 1.0 / 1680, s4 = 1.0 / 1188;
        double kk = (double)k * k;
        if (k > 500)
        {
            return (s0 - (s1 / kk)) / k;
        }

        if (k > 80)
        {
            return (s0 - ((s1 - (s2 / kk)) / kk)) / k;
        }

        if (k > 35)
        {
            return (s0 - ((s1 - ((s2 - (s3 / kk)) / kk)) / kk)) / k;
        }

        return (s0 - ((s1 - ((s2 - ((s3 - (s4 / kk)) / kk)) / kk)) / kk)) / k;
    }

    /// <summary>D(x, M) = x ln(x/M) + M − x ≥ 0, by the series 2x Σ v^(2j+1)/(2j+1) − (x − M)v form when
    /// |x − M| &lt; 0.1 (x + M), v = (x − M)/(x + M), to avoid cancellation.</summary>
    internal static double Deviance(double x, double m)
    {
        if (Math.Abs(x - m) < 0.1 * (x + m))
        {
            double v = (x - m) / (x + m);
            double s = (x - m) * v;
            double ej = 2 * x * v;
            double v2 = v * v;
            for (int j = 1; j < 1000; j++)
            {
                ej *= v2;
                double s1 = s + (ej / ((2 * j) + 1));
                if (s1 == s)
                {
                    return s1;
                }

                s = s1;
            }

            return s;
        }

        return (x * Math.Log(x / m)) + m - x;
    }

    private static double[] BuildSmallStirlingError()
    {
        var table = new double[16];
        double factorial = 1;
        table[0] = double.NaN; // δ(0) is never used: the terms have 0 < v < n.
        for (int k = 1; k <= 15; k++)
        {
            factorial *= k;
            table[k] = Math.Log(factorial) - ((k + 0.5) * Math.Log(k)) + k - LnSqrt2Pi;
        }

        return table;
    }
}
