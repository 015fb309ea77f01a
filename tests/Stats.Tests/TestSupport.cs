using System.Numerics;
using MathNet.Numerics;

namespace InitVerify.Stats.Tests;

/// <summary>Seeded generators and independent reference computations used by the tests.</summary>
internal static class TestSupport
{
    /// <summary>D⁺ = max (i/n − F(x₍ᵢ₎)) and D⁻ = max (F(x₍ᵢ₎) − (i−1)/n) by their definition over the sorted sample.</summary>
    public static (double DPlus, double DMinus) KsStatistics(double[] sample, Func<double, double> cdf)
    {
        int n = sample.Length;
        double[] sorted = (double[])sample.Clone();
        Array.Sort(sorted);
        double dPlus = 0, dMinus = 0;
        for (int i = 0; i < n; i++)
        {
            double u = cdf(sorted[i]);
            dPlus = Math.Max(dPlus, ((i + 1.0) / n) - u);
            dMinus = Math.Max(dMinus, u - ((double)i / n));
        }

        return (dPlus, dMinus);
    }

    /// <summary>n standard normal draws from a seeded System.Random (Box-Muller): deterministic per seed.</summary>
    public static double[] Normals(int seed, int n, double mean = 0, double std = 1)
    {
        var rng = new Random(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            double u1 = 1 - rng.NextDouble();
            double u2 = rng.NextDouble();
            x[i] = mean + (std * Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2));
        }

        return x;
    }

    /// <summary>n U(0, 1) draws from a seeded System.Random.</summary>
    public static double[] Uniforms(int seed, int n)
    {
        var rng = new Random(seed);
        var x = new double[n];
        for (int i = 0; i < n; i++)
        {
            x[i] = rng.NextDouble();
        }

        return x;
    }

    /// <summary>
    /// Exact K(n, d) = P(D_n &lt; d) for rational d by Steck's (1971) determinant: P(u_i &lt; U₍ᵢ₎ &lt; v_i ∀i) =
    /// n! det M, M_ij = (v_i − u_j)₊^(j−i+1)/(j−i+1)! for j ≥ i − 1 (0 below), with u_i = max(0, i/n − d),
    /// v_i = min(1, (i−1)/n + d); evaluated in exact rational arithmetic (System.Numerics.BigInteger).
    /// </summary>
    public static Rational SteckKolmogorov(int n, Rational d)
    {
        var u = new Rational[n];
        var v = new Rational[n];
        for (int i = 1; i <= n; i++)
        {
            u[i - 1] = Rational.Max(Rational.Zero, new Rational(i, n) - d);
            v[i - 1] = Rational.Min(Rational.One, new Rational(i - 1, n) + d);
        }

        var m = new Rational[n, n];
        for (int i = 0; i < n; i++)
        {
            for (int j = 0; j < n; j++)
            {
                int order = j - i + 1;
                if (order < 0)
                {
                    m[i, j] = Rational.Zero;
                    continue;
                }

                Rational gap = v[i] - u[j];
                m[i, j] = gap.Sign <= 0 ? Rational.Zero : Rational.Pow(gap, order) / Rational.Factorial(order);
            }
        }

        return Rational.Factorial(n) * Determinant(m, n);
    }

    /// <summary>Exact Birnbaum-Tingey smirnov(n, d) for rational d, in rational arithmetic.</summary>
    public static Rational ExactSmirnov(int n, Rational d)
    {
        Rational sum = Rational.Zero;
        for (int v = 0; ; v++)
        {
            Rational q = Rational.One - d - new Rational(v, n);
            if (q.Sign < 0)
            {
                break;
            }

            Rational p = d + new Rational(v, n);
            sum += Rational.Binomial(n, v) * Rational.Pow(p, v - 1) * Rational.Pow(q, n - v);
        }

        return d * sum;
    }

    private static Rational Determinant(Rational[,] a, int n)
    {
        a = (Rational[,])a.Clone();
        Rational det = Rational.One;
        for (int c = 0; c < n; c++)
        {
            int pivot = -1;
            for (int r = c; r < n; r++)
            {
                if (a[r, c].Sign != 0)
                {
                    pivot = r;
                    break;
                }
            }

            if (pivot < 0)
            {
                return Rational.Zero;
            }

            if (pivot != c)
            {
                for (int k = 0; k < n; k++)
                {
                    (a[c, k], a[pivot, k]) = (a[pivot, k], a[c, k]);
                }

                det = -det;
            }

            det *= a[c, c];
            for (int r = c + 1; r < n; r++)
            {
                if (a[r, c].Sign == 0)
                {
                    continue;
                }

                Rational f = a[r, c] / a[c, c];
                for (int k = c; k < n; k++)
                {
                    a[r, k] -= f * a[c, k];
                }
            }
        }

        return det;
    }
}

/// <summary>An exact rational number p/q (q &gt; 0, lowest terms).</summary>
internal readonly struct Rational
{
    public Rational(BigInteger numerator, BigInteger denominator)
    {
        if (denominator.Sign < 0)
        {
            numerator = -numerator;
            denominator = -denominator;
        }

        BigInteger g = BigInteger.GreatestCommonDivisor(numerator, denominator);
        if (!g.IsZero && !g.IsOne)
        {
            numerator /= g;
            denominator /= g;
        }

        Numerator = numerator;
        Denominator = denominator;
    }

    public static Rational Zero => new(0, 1);

    public static Rational One => new(1, 1);

    public BigInteger Numerator { get; }

    public BigInteger Denominator { get; }

    public int Sign => Numerator.Sign;

    public static Rational operator +(Rational a, Rational b) => new((a.Numerator * b.Denominator) + (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a, Rational b) => new((a.Numerator * b.Denominator) - (b.Numerator * a.Denominator), a.Denominator * b.Denominator);

    public static Rational operator -(Rational a) => new(-a.Numerator, a.Denominator);

    public static Rational operator *(Rational a, Rational b) => new(a.Numerator * b.Numerator, a.Denominator * b.Denominator);

    public static Rational operator /(Rational a, Rational b) => new(a.Numerator * b.Denominator, a.Denominator * b.Numerator);

    public static Rational Max(Rational a, Rational b) => (a - b).Sign >= 0 ? a : b;

    public static Rational Min(Rational a, Rational b) => (a - b).Sign <= 0 ? a : b;

    public static Rational Pow(Rational a, int k) => k >= 0
        ? new(BigInteger.Pow(a.Numerator, k), BigInteger.Pow(a.Denominator, k))
        : new(BigInteger.Pow(a.Denominator, -k), BigInteger.Pow(a.Numerator, -k));

    public static Rational Factorial(int k)
    {
        BigInteger f = 1;
        for (int i = 2; i <= k; i++)
        {
            f *= i;
        }

        return new(f, 1);
    }

    public static Rational Binomial(int n, int k) => Factorial(n) / (Factorial(k) * Factorial(n - k));

    /// <summary>The nearest double (to ~1 ulp: both parts scaled to 64-bit precision first).</summary>
    public double ToDouble()
    {
        if (Numerator.IsZero)
        {
            return 0;
        }

        long shift = (long)(Numerator.GetBitLength() - Denominator.GetBitLength()) - 64;
        BigInteger scaled = shift >= 0 ? Numerator / (Denominator << (int)shift) : (Numerator << (int)-shift) / Denominator;
        return Math.ScaleB((double)scaled, (int)shift);
    }
}
