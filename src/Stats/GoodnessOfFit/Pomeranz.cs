namespace InitVerify.Stats.GoodnessOfFit;

/// <summary>
/// K(n, d) = P(D_n &lt; d) by Pomeranz's (1974) recursion, in the form of Simard and L'Ecuyer (2011),
/// "Computing the two-sided Kolmogorov-Smirnov distribution", J. Stat. Software 39(11), §2.
/// </summary>
/// <remarks>
/// On the scale x = n·u, D_n &lt; d holds iff the count N(x) of points below x stays within
/// ⌊x − t⌋ + 1 ≤ N(x) ≤ ⌈x + t⌉ − 1 (t = n d). Both bounds step only at the points j + f and j + 1 − f
/// (f = t − ⌊t⌋), which cut [0, n] into cells of lengths a, 1 − 2a, a (a = min(f, 1 − f)) in every unit.
/// The cell bounds are found from the symbolic position of the cell (no floor of a rounded number): in the
/// unit [q, q+1), cell (0, a): [q − T, q + T]; middle: [q − T + 1, q + T] if f ≤ ½ else [q − T, q + T + 1];
/// cell (1 − a, 1): [q − T + 1, q + T + 1] (T = ⌊t⌋), clipped to [0, n]. The counts then evolve as a
/// Poisson-type convolution V'[j] = Σ_{i ≤ j} V[i] Δʲ⁻ⁱ/(j − i)! over each cell of length Δ, and
/// K = n!/nⁿ V[n] at x = n. V is rescaled by powers of two when it grows, with the exponent kept apart.
/// Cost O(n t²).
/// </remarks>
internal static class Pomeranz
{
    private const int ScaleBits = 256;
    private static readonly double ScaleUp = Math.ScaleB(1.0, ScaleBits);
    private static readonly double ScaleDown = Math.ScaleB(1.0, -ScaleBits);

    /// <summary>P(D_n &lt; d) for n ≥ 1 and 1 &lt; n d &lt; n.</summary>
    public static double Cdf(int n, double d)
    {
        double t = n * d;
        int whole = (int)Math.Floor(t);
        double f = t - whole;
        double a = Math.Min(f, 1 - f);
        int width = (2 * whole) + 3;
        var powers = new double[width + 1];
        var v = new double[n + 1];
        var next = new double[n + 1];
        v[0] = 1;
        int exponent = 0;

        // Cells of one unit: (length, lower offset, upper offset) relative to (q − T, q + T).
        Span<(double Length, int Lo, int Hi)> cells = stackalloc (double, int, int)[3];
        cells[0] = (a, 0, 0);
        cells[1] = (1 - (2 * a), f <= 0.5 ? 1 : 0, f <= 0.5 ? 0 : 1);
        cells[2] = (a, 1, 1);
        for (int q = 0; q < n; q++)
        {
            foreach (var (length, loOffset, hiOffset) in cells)
            {
                if (length <= 0)
                {
                    continue;
                }

                int lo = Math.Max(0, q - whole + loOffset);
                int hi = Math.Min(n, q + whole + hiOffset);
                Step(v, next, lo, hi, length, powers);
                (v, next) = (next, v);
                double max = 0;
                for (int j = lo; j <= hi; j++)
                {
                    max = Math.Max(max, v[j]);
                }

                if (max > ScaleUp)
                {
                    for (int j = lo; j <= hi; j++)
                    {
                        v[j] *= ScaleDown;
                    }

                    exponent += ScaleBits;
                }
            }
        }

        double s = v[n];
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

    /// <summary>
    /// One cell: counts below lo are impossible at the cell's left end (the lower bound holds on the whole
    /// cell), counts above hi at its right end; next[j] = Σ_{lo ≤ i ≤ j} v[i] Δ^(j−i)/(j−i)! for lo ≤ j ≤ hi.
    /// </summary>
    private static void Step(double[] v, double[] next, int lo, int hi, double length, double[] powers)
    {
        int span = hi - lo;
        powers[0] = 1;
        for (int r = 1; r <= span; r++)
        {
            powers[r] = powers[r - 1] * length / r;
        }

        Array.Clear(next);
        for (int j = lo; j <= hi; j++)
        {
            double sum = 0;
            for (int i = lo; i <= j; i++)
            {
                sum += v[i] * powers[j - i];
            }

            next[j] = sum;
        }
    }
}
