using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init.Initializers;
using InitVerify.Stats.Distributions;

namespace InitVerify.Properties;

/// <summary>Orthogonal initialization: exact orthogonality on random shapes, and Haar marginals.</summary>
public class OrthogonalProperties
{
    // Double-precision Householder QR is orthogonal to ~n·eps; 1e-10 is ~10⁴ times looser than that and ~10⁹ times
    // tighter than any non-orthogonal matrix's error (≥ 1/n²).
    private const double Tolerance = 1e-10;

    [SeededProperty(MaxTest = 60)]
    public Property GramMatrix_IsGainSquaredIdentity(OrthogonalCase c)
    {
        var w = new double[c.Rows * c.Cols];
        new OrthogonalInitializer(c.Gain).Fill(c.Dims, w, SuiteSeed.ForCase(c.Seed));
        bool wide = c.Rows <= c.Cols;
        int m = Math.Min(c.Rows, c.Cols);
        int length = Math.Max(c.Rows, c.Cols);
        double worst = 0;
        for (int p = 0; p < m; p++)
        {
            for (int q = 0; q < m; q++)
            {
                double dot = 0;
                for (int k = 0; k < length; k++)
                {
                    dot += wide ? w[p * c.Cols + k] * w[q * c.Cols + k] : w[k * c.Cols + p] * w[k * c.Cols + q];
                }

                worst = Math.Max(worst, Math.Abs(dot - (p == q ? c.Gain * c.Gain : 0)));
            }
        }

        return (worst <= Tolerance).Label($"{c}: max |Gram − gain²I| = {worst:G3}")
            .Classify(c.Rows == c.Cols, "square").Classify(c.Rows < c.Cols, "wide").Classify(c.Rows > c.Cols, "tall")
            .Classify(c.Dims.Length > 2, "flattened rank > 2");
    }

    [SeededProperty(MaxTest = SuiteBudget.OrthogonalCases)]
    public Property Elements_HaveTheHaarMarginal(OrthogonalCase c)
    {
        // Each element of a Haar orthonormal frame is gain × a coordinate of a uniform unit vector in ℝᵐ, m = max(rows, cols).
        // Without the sign fix, element [0, 0] has one sign only; from a uniform start the marginal is wrong too.
        var expected = new SphereCoordinateDistribution(Math.Max(c.Rows, c.Cols), c.Gain);
        bool nonDegenerate = Math.Max(c.Rows, c.Cols) >= 2;
        if (!nonDegenerate)
        {
            return true.Label("1x1: ±gain, checked by the Gram property").Classify(true, "1x1");
        }

        var verdict = Gate.Check(new OrthogonalInitializer(c.Gain), c.Dims, expected, c.Seed, SuiteBudget.OrthogonalDesign);
        return verdict.Passed.Label(c + Environment.NewLine + verdict);
    }
}
