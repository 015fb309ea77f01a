using InitVerify.Init.Shapes;

namespace InitVerify.Cli.Check;

/// <summary>
/// The exact property of an orthogonal weight: viewed as a rows × cols matrix W, W Wᵀ = g² I when rows ≤ cols
/// (orthonormal rows), Wᵀ W = g² I when rows &gt; cols (orthonormal columns). Its elements are dependent, so this
/// identity, not an iid goodness-of-fit test, is what is checked.
/// </summary>
/// <remarks>
/// Matrix view: PyTorch layout [out, in, k...] gives rows = out, cols = in·k (torch.nn.init.orthogonal_);
/// Keras layout [k..., in, out] gives rows = k·in, cols = out (keras.initializers.Orthogonal).
/// Tolerance on max |G − g² I| (G accumulated in double): g² · 4 · m · u, with m = max(rows, cols) the length of
/// the dot products and u the unit roundoff of the stored type (2⁻²⁴ for float32, 2⁻⁵³ for float64). Storing an
/// exactly orthogonal matrix perturbs each entry of G by at most 2u·g² (Cauchy-Schwarz on unit-norm rows); a QR
/// computed in the stored precision adds O(m·u) (Higham, Accuracy and Stability of Numerical Algorithms, 2nd ed.,
/// §19.3, Householder QR); 4·m·u covers both with room. A non-orthogonal matrix with the same element variance
/// has off-diagonal entries of order g²/√m, far above it.
/// </remarks>
internal static class GramCheck
{
    public static (int Rows, int Cols) MatrixView(int[] shape, WeightLayout layout)
    {
        if (shape.Length < 2)
        {
            return (shape.Length == 0 ? 1 : shape[0], 1);
        }

        long product = 1;
        if (layout == WeightLayout.OutInKernel)
        {
            foreach (int d in shape[1..])
            {
                product *= d;
            }

            return (shape[0], (int)product);
        }

        foreach (int d in shape[..^1])
        {
            product *= d;
        }

        return ((int)product, shape[^1]);
    }

    public static double DefaultTolerance(double gain, int rows, int cols, int itemSize)
    {
        double u = itemSize == 4 ? Math.Pow(2, -24) : Math.Pow(2, -53);
        return gain * gain * 4 * Math.Max(rows, cols) * u;
    }

    /// <summary>max |G − g² I| over every entry of the smaller Gram matrix, and where it occurs.</summary>
    public static (double MaxDeviation, int I, int J) MaxDeviation(double[] w, int rows, int cols, double gain)
    {
        bool byRows = rows <= cols;
        int k = byRows ? rows : cols;
        int len = byRows ? cols : rows;

        // Vectors to correlate, each contiguous: rows of W, or columns of W (copied transposed).
        double[] v = byRows ? w : Transpose(w, rows, cols);
        double target = gain * gain;
        var worst = new (double Dev, int I, int J)[k];
        Parallel.For(0, k, i =>
        {
            var best = (Dev: 0.0, I: i, J: i);
            ReadOnlySpan<double> a = v.AsSpan(i * len, len);
            for (int j = i; j < k; j++)
            {
                ReadOnlySpan<double> b = v.AsSpan(j * len, len);
                double dot = 0;
                for (int t = 0; t < len; t++)
                {
                    dot += a[t] * b[t];
                }

                double dev = Math.Abs(dot - (i == j ? target : 0.0));
                if (dev > best.Dev || double.IsNaN(dev))
                {
                    best = (dev, i, j);
                }
            }

            worst[i] = best;
        });

        var max = worst.MaxBy(x => x.Dev);
        return (max.Dev, max.I, max.J);
    }

    private static double[] Transpose(double[] w, int rows, int cols)
    {
        var t = new double[w.Length];
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                t[c * rows + r] = w[r * cols + c];
            }
        }

        return t;
    }
}
