namespace InitVerify.Stats.Distributions;

/// <summary>
/// Standard normal functions (the density is src/Shared's NormalDensity): Φ through a fast table-driven Taylor path, the Mills ratio and
/// tail differences that keep relative accuracy far in a tail.
/// </summary>
/// <remarks>
/// Fast Φ: on [−9, 9] Φ(z) = Φ(z₀ + h) with z₀ the nearest node of a 1/64 grid (|h| ≤ 1/128) and the Taylor
/// expansion Φ(z₀ + h) = Φ(z₀) + φ(z₀) Σ_{k=1}^{9} (−1)^{k−1} He_{k−1}(z₀) h^k / k! (φ^{(k)} = (−1)^k He_k φ,
/// He the probabilists' Hermite polynomials). The node values Φ(z₀) come from <see cref="CdfAccurate"/>. The truncation
/// error is below φ(z₀)|He₉(z₀)| h¹⁰/10! ≤ 1e-18 Φ(z₀) on the grid, so the path is as accurate as
/// <see cref="CdfAccurate"/> (checked in the tests). Outside [−9, 9] that is used directly.
/// </remarks>
internal static class StandardNormal
{
    private const double GridMin = -9.0;
    private const double GridMax = 9.0;
    private const int NodesPerUnit = 64;
    private const int Degree = 9;
    private const int Stride = Degree + 1;
    private static readonly double[] Table = BuildTable();

    /// <summary>Φ(z), fast path (see remarks); Φ(NaN) = NaN.</summary>
    public static double Cdf(double z)
    {
        if (z >= GridMin && z <= GridMax)
        {
            double scaled = (z - GridMin) * NodesPerUnit;
            int node = (int)(scaled + 0.5);
            double h = z - (GridMin + (double)node / NodesPerUnit);
            ReadOnlySpan<double> c = Table.AsSpan(node * Stride, Stride);
            double acc = c[Degree];
            for (int k = Degree - 1; k >= 1; k--)
            {
                acc = Math.FusedMultiplyAdd(acc, h, c[k]);
            }

            return Math.FusedMultiplyAdd(acc, h, c[0]);
        }

        return CdfAccurate(z);
    }

    /// <summary>Φ((x[i] − μ)/σ) for every element: the loop the KS test runs over a whole sample.</summary>
    public static void Cdf(ReadOnlySpan<double> x, double mean, double std, Span<double> destination)
    {
        double[] table = Table;
        for (int i = 0; i < x.Length; i++)
        {
            double z = (x[i] - mean) / std;
            if (z >= GridMin && z <= GridMax)
            {
                int node = (int)((z - GridMin) * NodesPerUnit + 0.5);
                double h = z - (GridMin + (double)node / NodesPerUnit);
                int o = node * Stride;
                double acc = Math.FusedMultiplyAdd(table[o + 9], h, table[o + 8]);
                acc = Math.FusedMultiplyAdd(acc, h, table[o + 7]);
                acc = Math.FusedMultiplyAdd(acc, h, table[o + 6]);
                acc = Math.FusedMultiplyAdd(acc, h, table[o + 5]);
                acc = Math.FusedMultiplyAdd(acc, h, table[o + 4]);
                acc = Math.FusedMultiplyAdd(acc, h, table[o + 3]);
                acc = Math.FusedMultiplyAdd(acc, h, table[o + 2]);
                acc = Math.FusedMultiplyAdd(acc, h, table[o + 1]);
                destination[i] = Math.FusedMultiplyAdd(acc, h, table[o]);
            }
            else
            {
                destination[i] = CdfAccurate(z);
            }
        }
    }

    /// <summary>
    /// The Mills ratio R(x) = Q(x)/φ(x), Q(x) = 1 − Φ(x), for x ≥ 0 (R(∞) = 0). Below 1 it is
    /// ½ erfc(x/√2)·√(2π)·exp(x²/2); from 1 on, Laplace's continued fraction
    /// R(x) = 1/(x + 1/(x + 2/(x + 3/(x + …)))) evaluated backward from a depth (600 below 2, 200 below 3,
    /// 100 beyond) at which it has converged to double precision. The continued fraction never underflows and
    /// avoids the erfc form's relative error of about x²·ε from rounding the argument x/√2; at x = ∞ it gives
    /// 1/(∞ + 0) = 0. (Below 1 the rounding of x² moves exp(x²/2) by at most 2⁻⁵⁴ relative, so it needs no split.)
    /// </summary>
    public static double MillsRatio(double x)
    {
        if (x < 1)
        {
            return NormalTail.Upper(x) / NormalDensity.InvSqrt2Pi * Math.Exp(0.5 * x * x);
        }

        int depth = x < 2 ? 600 : x < 3 ? 200 : 100;
        double tail = 0;
        for (int k = depth; k >= 1; k--)
        {
            tail = k / (x + tail);
        }

        return 1 / (x + tail);
    }

    /// <summary>
    /// Φ(z) to a few ulps everywhere: φ(z)R(−z) below −1, 1 − φ(z)R(z) above 1, ½ erfc(−z/√2) between (where
    /// the argument's rounding costs at most ε; NaN gives NaN there). Used for the table nodes and outside the table.
    /// </summary>
    public static double CdfAccurate(double z) =>
        z < -1 ? NormalDensity.At(z) * MillsRatio(-z) : z > 1 ? 1 - (NormalDensity.At(z) * MillsRatio(z)) : NormalTail.Upper(-z);

    /// <summary>
    /// (Q(x₁) − Q(x₂))/φ(x₁) for 0 ≤ x₁ ≤ x₂ ≤ ∞ with x₁ finite, as R(x₁)(1 − E) + E (R(x₁) − R(x₂)) with
    /// E = φ(x₂)/φ(x₁) = exp(−(x₂ − x₁)(x₂ + x₁)/2): both terms are nonnegative, so the mass between two points
    /// in one tail keeps its relative accuracy however far out they lie. At x₂ = ∞, E = 0 and expm1(−∞) = −1 give
    /// R(x₁) exactly.
    /// </summary>
    public static double TailDifference(double x1, double x2)
    {
        double r1 = MillsRatio(x1);
        double exponent = -0.5 * (x2 - x1) * (x2 + x1);
        double e = Math.Exp(exponent);
        return r1 * -ElementaryFunctions.Expm1(exponent) + e * Math.Max(0, r1 - MillsRatio(x2));
    }

    private static double[] BuildTable()
    {
        int nodes = (int)((GridMax - GridMin) * NodesPerUnit) + 1;
        var table = new double[nodes * Stride];
        Span<double> hermite = stackalloc double[Degree];
        for (int node = 0; node < nodes; node++)
        {
            double z0 = GridMin + (double)node / NodesPerUnit;
            double density = NormalDensity.At(z0);
            hermite[0] = 1;
            hermite[1] = z0;
            for (int k = 1; k + 1 < Degree; k++)
            {
                hermite[k + 1] = z0 * hermite[k] - k * hermite[k - 1];
            }

            int o = node * Stride;
            table[o] = CdfAccurate(z0);
            double factorial = 1;
            for (int k = 1; k <= Degree; k++)
            {
                factorial *= k;
                double sign = (k - 1) % 2 == 0 ? 1 : -1;
                table[o + k] = sign * density * hermite[k - 1] / factorial;
            }
        }

        return table;
    }
}
