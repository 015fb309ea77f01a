using System.Numerics;

namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// K(n, d) = P(D_n &lt; d) by Marsaglia, Tsang and Wang (2003), "Evaluating Kolmogorov's distribution",
/// J. Stat. Software 8(18): an entry of the n-th power of an m×m matrix, m = 2k − 1, k = ⌈n d⌉.
/// </summary>
/// <remarks>
/// With h = k − n d ∈ [0, 1): H[i][j] = 1/(i−j+1)! for i − j + 1 ≥ 0 (else 0); first column
/// H[i][0] = (1 − h^(i+1))/(i+1)!; last row H[m−1][j] = (1 − h^(m−j))/(m−j)!; corner
/// H[m−1][0] = (1 − 2hᵐ + max(0, 2h − 1)ᵐ)/m!. Then K = n!/nⁿ (Hⁿ)[k−1][k−1]. Hⁿ is formed by repeated
/// squaring; whenever the centre element exceeds 2^256 the matrix is scaled by 2^−256 and the power of two is
/// kept apart (Durbin-style scaling), and n!/nⁿ is applied factor by factor with the same bookkeeping, so
/// nothing overflows or underflows for any n. Cost O(m³ log n): the caller uses it where n d is small.
/// </remarks>
internal static class MarsagliaTsangWang
{
    private const int ScaleBits = 256;
    private static readonly double ScaleUp = Math.ScaleB(1.0, ScaleBits);
    private static readonly double ScaleDown = Math.ScaleB(1.0, -ScaleBits);

    /// <summary>P(D_n &lt; d) for n ≥ 1 and ½ &lt; n d &lt; n (no range checks: the dispatcher has done them).</summary>
    public static double Cdf(int n, double d)
    {
        double t = n * d;
        int k = (int)Math.Ceiling(t);
        double h = k - t;
        int m = 2 * k - 1;
        double[] matrix = BuildMatrix(m, h);
        (double[] power, int exponent) = Power(matrix, m, n);
        double s = power[((k - 1) * m) + k - 1];
        for (int i = 1; i <= n; i++)
        {
            s = s * i / n;
            if (s < ScaleDown)
            {
                s *= ScaleUp;
                exponent -= ScaleBits;
            }
        }

        return Math.ScaleB(s, exponent);
    }

    private static double[] BuildMatrix(int m, double h)
    {
        var factorial = new double[m + 1];
        factorial[0] = 1;
        for (int i = 1; i <= m; i++)
        {
            factorial[i] = factorial[i - 1] * i;
        }

        var a = new double[m * m];
        for (int i = 0; i < m; i++)
        {
            for (int j = 0; j < m; j++)
            {
                int order = i - j + 1;
                a[(i * m) + j] = order >= 0 ? 1 / factorial[order] : 0;
            }
        }

        for (int i = 0; i < m; i++)
        {
            a[i * m] -= Math.Pow(h, i + 1) / factorial[i + 1];
            a[((m - 1) * m) + i] -= Math.Pow(h, m - i) / factorial[m - i];
        }

        // The corner got 1/m! − 2hᵐ/m! above; add the overlap correction max(0, 2h − 1)ᵐ/m!.
        a[(m - 1) * m] += h > 0.5 ? Math.Pow((2 * h) - 1, m) / factorial[m] : 0;
        return a;
    }

    /// <summary>Aⁿ as (mantissa matrix, power of two).</summary>
    private static (double[] Matrix, int Exponent) Power(double[] a, int m, int n)
    {
        if (n == 1)
        {
            return ((double[])a.Clone(), 0);
        }

        (double[] half, int halfExponent) = Power(a, m, n / 2);
        double[] result = Multiply(half, half, m);
        int exponent = 2 * halfExponent;
        if (n % 2 == 1)
        {
            result = Multiply(a, result, m);
        }

        int centre = ((m / 2) * m) + (m / 2);
        if (result[centre] > ScaleUp)
        {
            for (int i = 0; i < result.Length; i++)
            {
                result[i] *= ScaleDown;
            }

            exponent += ScaleBits;
        }

        return (result, exponent);
    }

    /// <summary>x·y for m×m row-major matrices, row by row as sums of scaled rows of y (vectorized).</summary>
    private static double[] Multiply(double[] x, double[] y, int m)
    {
        var c = new double[m * m];
        for (int i = 0; i < m; i++)
        {
            Span<double> row = c.AsSpan(i * m, m);
            for (int l = 0; l < m; l++)
            {
                double xil = x[(i * m) + l];
                if (xil != 0)
                {
                    AddScaled(row, xil, y.AsSpan(l * m, m));
                }
            }
        }

        return c;
    }

    /// <summary>row[j] += a·y[j], element by element (the same roundings on every vector width: no fused multiply-add).</summary>
    private static void AddScaled(Span<double> row, double a, ReadOnlySpan<double> y)
    {
        int j = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var scale = new Vector<double>(a);
            for (; j <= row.Length - Vector<double>.Count; j += Vector<double>.Count)
            {
                Span<double> target = row.Slice(j, Vector<double>.Count);
                (new Vector<double>(target) + (scale * new Vector<double>(y.Slice(j, Vector<double>.Count)))).CopyTo(target);
            }
        }

        for (; j < row.Length; j++)
        {
            row[j] += a * y[j];
        }
    }
}
