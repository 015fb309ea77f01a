using InitVerify.Init.Initializers;

namespace InitVerify.Init.Tests;

public class OrthogonalTests
{
    // Tolerance: double-precision Householder QR keeps orthogonality to ~n·eps ≈ 1e-13 for these sizes;
    // 1e-10 (double) and 1e-5 (float, eps 6e-8 times sqrt of the dimension) leave room and still catch
    // any real defect (a non-orthogonal matrix is off by O(1/sqrt(n)) ≫ 1e-5).
    [Theory]
    [InlineData(new[] { 8, 8 }, 1.0)]
    [InlineData(new[] { 5, 12 }, 2.0)] // wide: rows orthonormal
    [InlineData(new[] { 12, 5 }, 0.5)] // tall: columns orthonormal
    [InlineData(new[] { 4, 3, 2, 2 }, 1.0)] // rank 4 flattened to 4 x 12
    [InlineData(new[] { 30, 2, 3 }, 1.5)] // rank 3 flattened to 30 x 6
    [InlineData(new[] { 1, 7 }, 1.0)]
    [InlineData(new[] { 7, 1 }, 1.0)]
    public void Gram_IsGainSquaredTimesIdentity(int[] shape, double gain)
    {
        int rows = shape[0];
        int cols = shape.Skip(1).Aggregate(1, (p, d) => p * d);
        var w = new double[rows * cols];
        new OrthogonalInitializer(gain).Fill(shape, w, seed: 2024);
        AssertGram(w, rows, cols, gain, 1e-10);

        var f = new float[rows * cols];
        new OrthogonalInitializer(gain).Fill(shape, f, seed: 2024);
        AssertGram(f.Select(x => (double)x).ToArray(), rows, cols, gain, 1e-5);
    }

    [Fact]
    public void Target_IsTheSphereCoordinateMarginal()
    {
        WeightDistribution target = new OrthogonalInitializer(2).Target([5, 3, 4]);
        Assert.Equal(DistributionKind.Orthogonal, target.Kind);
        Assert.Equal(12, target.Dimension);
        Assert.Equal(4.0 / 12, target.Variance, 15);
        Assert.Equal(-2.0, target.Lower);
        Assert.Equal(2.0, target.Upper);
        Assert.Equal("orthogonal(gain=2)", new OrthogonalInitializer(2).Name);
        Assert.Equal("orthogonal", new OrthogonalInitializer().Name);
    }

    [Fact]
    public void SignFix_MakesTheDiagonalOfRPositive()
    {
        // A = QR gives qⱼ · aⱼ = Rⱼⱼ; the sign fix Q ← Q·diag(sign Rⱼⱼ) makes every qⱼ · aⱼ = |Rⱼⱼ| > 0. Without it
        // about half the columns point against the Gaussian column they came from.
        const int n = 6;
        var q = new double[n * n];
        new OrthogonalInitializer().Fill([n, n], q, seed: 77);
        var a = new double[n * n];
        new NormalInitializer(0, 1).Fill([n * n], a, seed: 77); // the sampler's Gaussian A, column-major
        for (int j = 0; j < n; j++)
        {
            double qa = 0;
            for (int i = 0; i < n; i++)
            {
                qa += q[i * n + j] * a[j * n + i];
            }

            Assert.True(qa > 0, $"column {j} of Q must point along column {j} of A");
        }
    }

    private static void AssertGram(double[] w, int rows, int cols, double gain, double tolerance)
    {
        bool wide = rows <= cols;
        int m = wide ? rows : cols;
        for (int p = 0; p < m; p++)
        {
            for (int q = 0; q < m; q++)
            {
                double dot = 0;
                int length = wide ? cols : rows;
                for (int k = 0; k < length; k++)
                {
                    dot += wide ? w[p * cols + k] * w[q * cols + k] : w[k * cols + p] * w[k * cols + q];
                }

                Assert.Equal(p == q ? gain * gain : 0.0, dot, tolerance);
            }
        }
    }
}
