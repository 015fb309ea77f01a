using InitVerify.Propagation.Network;

namespace InitVerify.Propagation.Theory;

/// <summary>
/// How far one finite-width network wanders from the mean field: the approximate mean and variance of
/// log(v_l/q_l) (forward) and of log(u_l/û_l) (backward, û anchored at the measured u_L), for a single input.
/// Derived here by the delta method (first order in 1/n, plus the leading mean corrections); see the remarks.
/// </summary>
/// <remarks>
/// <para>
/// Model (derived for this project, not from a paper). Gaussian zero-mean weights, y_l given x_{l−1} has i.i.d.
/// N(0, s_l²) coordinates with s_l² = σ_w²·mean(φ(y_{l−1})²) + σ_b². Three log-normalised sample means of the
/// n_j units of layer j, y = s·z, carry all the randomness:
/// a_j (mean φ(y)² / E φ²), m_j (mean y² / s², i.e. χ²_n/n), b_j (mean φ′(y)²·g² / E φ′², g ~ N(0, 1) the
/// back-propagated W_{j+1}ᵀδ normalised). Per unit: Var a = E φ⁴/(E φ²)² − 1, Var m = 2,
/// Var b = 3·E φ′⁴/(E φ′²)² − 1, Cov(a, m) = E[φ² z²]/E φ² − 1, Cov(a, b) = E[φ² φ′²]/(E φ²·E φ′²) − 1,
/// Cov(m, b) = E[φ′² z²]/E φ′² − 1; divide by n_j. Different layers are independent.
/// </para>
/// <para>
/// With σ_l = log(s_l²/q_l): σ_1 = 0 (the input moment is measured), σ_{j+1} = h′_{j+1}·σ_j + ρ_{j+1}·a_j, where
/// h′ = d log q_{j+1}/d log q_j and ρ = σ_w²·E φ²/q_{j+1} (the share of q not from the bias); the measured
/// forward log-ratio is F_l = σ_l + m_l. Backward (gradient-independence assumption): B_L = 0,
/// B_j = B_{j+1} + b_j + c_j·σ_j with c = d log E φ′²/d log q. Variances follow exactly from these linear
/// combinations. Means to the same order: E F_l = E σ_l − 1/n_l, E σ_{j+1} = h′·E σ_j + ½h″·Var σ_j − ½ρ²·Var a_j,
/// E B_j = E B_{j+1} − ½ Var b_j + c_j·E σ_j.
/// </para>
/// <para>
/// Checks: ReLU gives Var a = 5, Var b = 5, h′ = 1, c = 0, so Var F_l = (5(l−1) + 2)/n and E F_l = −Var F_l/2
/// (propagation.md's V, derived there from ||x_l||² = ||x_{l−1}||²·(2/n)·χ²(K_l), K_l ~ Bin(n, ½)); identity
/// gives 2l/n. For a batch of B &gt; 1 inputs the pooled statistic has at most this variance and a mean between
/// this one and 0 (the mean of a log is at most the log of the mean): <see cref="Verification.SignalPropagationTest"/> uses
/// that interval. Uniform weights of the same variance change these values only at O(1/n²).
/// </para>
/// </remarks>
public sealed class FiniteWidthSpread
{
    private FiniteWidthSpread(double[] forwardMean, double[] forwardVariance, double[] backwardMean, double[] backwardVariance)
    {
        ForwardMean = forwardMean;
        ForwardVariance = forwardVariance;
        BackwardMean = backwardMean;
        BackwardVariance = backwardVariance;
    }

    /// <summary>E log(v_l/q_l) for l = 1..L (index l − 1), one input.</summary>
    public IReadOnlyList<double> ForwardMean { get; }

    /// <summary>Var log(v_l/q_l) for l = 1..L, one input.</summary>
    public IReadOnlyList<double> ForwardVariance { get; }

    /// <summary>E log(u_l/û_l) for l = 1..L (0 at l = L, the anchor).</summary>
    public IReadOnlyList<double> BackwardMean { get; }

    /// <summary>Var log(u_l/û_l) for l = 1..L (0 at l = L).</summary>
    public IReadOnlyList<double> BackwardVariance { get; }

    /// <summary>ReLU, Gaussian weights, equal widths n: V_l = (5(l − 1) + 2)/n (closed form; see remarks).</summary>
    /// <param name="width">n ≥ 1.</param>
    /// <param name="layer">l ≥ 1.</param>
    public static double ReluForwardVariance(int width, int layer) =>
        (5.0 * (Guard.AtLeast(layer, 1, nameof(layer)) - 1) + 2.0) / Guard.AtLeast(width, 1, nameof(width));

    /// <summary>The delta-method spread around a mean-field prediction.</summary>
    /// <param name="prediction">The prediction (its q_l must be &gt; 0 and finite).</param>
    /// <exception cref="ArgumentException">A q_l that is zero or not finite (nothing to be log-normal about).</exception>
    public static FiniteWidthSpread Compute(MeanFieldPrediction prediction)
    {
        ArgumentNullException.ThrowIfNull(prediction);
        int depth = prediction.Depth;
        IReadOnlyList<double> q = prediction.PreActivationSecondMoments;
        foreach (double value in q)
        {
            if (!(value > 0) || !double.IsFinite(value))
            {
                Guard.ThrowArgument(nameof(prediction), $"every q_l must be finite and > 0 for a finite-width spread; found {value}.");
            }
        }

        Activation phi = prediction.Activation;
        int count = 3 * depth;
        // Innovation covariance, block diagonal: [3j + 0] = a_j, [3j + 1] = m_j, [3j + 2] = b_j (j = layer − 1).
        var cov = new double[depth][,];
        for (int j = 0; j < depth; j++)
        {
            cov[j] = UnitCovariance(phi, q[j], prediction.Widths[j + 1]);
        }

        var sigma = new double[depth][];
        var sigmaMean = new double[depth];
        sigma[0] = new double[count];
        for (int j = 0; j + 1 < depth; j++)
        {
            double sw = prediction.ForwardWeightVariances[j + 1];
            double qNext = q[j + 1];
            double slope = LogSlope(phi, sw, q[j], qNext);
            double rho = sw * MeanField.ActivationSecondMoment(phi, q[j]) / qNext;
            double curvature = LogCurvature(phi, sw, q[j], qNext);
            var next = new double[count];
            for (int k = 0; k < count; k++)
            {
                next[k] = slope * sigma[j][k];
            }

            next[3 * j] += rho;
            sigma[j + 1] = next;
            sigmaMean[j + 1] = slope * sigmaMean[j] + 0.5 * curvature * Variance(sigma[j], cov) - 0.5 * rho * rho * cov[j][0, 0];
        }

        var forwardMean = new double[depth];
        var forwardVariance = new double[depth];
        for (int l = 0; l < depth; l++)
        {
            var f = (double[])sigma[l].Clone();
            f[3 * l + 1] += 1.0;
            forwardVariance[l] = Variance(f, cov);
            forwardMean[l] = sigmaMean[l] - 0.5 * cov[l][1, 1];
        }

        var backwardMean = new double[depth];
        var backwardVariance = new double[depth];
        var b = new double[count];
        double bMean = 0;
        for (int j = depth - 2; j >= 0; j--)
        {
            double c = LogDerivativeSlope(phi, q[j]);
            b[3 * j + 2] += 1.0;
            for (int k = 0; k < count; k++)
            {
                b[k] += c * sigma[j][k];
            }

            bMean += -0.5 * cov[j][2, 2] + c * sigmaMean[j];
            backwardMean[j] = bMean;
            backwardVariance[j] = Variance(b, cov);
        }

        return new FiniteWidthSpread(forwardMean, forwardVariance, backwardMean, backwardVariance);
    }

    private static double[,] UnitCovariance(Activation phi, double q, int width)
    {
        double root = Math.Sqrt(q);
        double e2 = NormalExpectation.Of(z => Pow2(phi.Value(root * z)));
        double e4 = NormalExpectation.Of(z => Pow2(Pow2(phi.Value(root * z))));
        double d2 = NormalExpectation.Of(z => Pow2(phi.Derivative(root * z)));
        double d4 = NormalExpectation.Of(z => Pow2(Pow2(phi.Derivative(root * z))));
        double ez = NormalExpectation.Of(z => Pow2(phi.Value(root * z) * z));
        double ed = NormalExpectation.Of(z => Pow2(phi.Value(root * z) * phi.Derivative(root * z)));
        double dz = NormalExpectation.Of(z => Pow2(phi.Derivative(root * z) * z));
        double n = width;
        var c = new double[3, 3];
        c[0, 0] = (e4 / (e2 * e2) - 1) / n;
        c[1, 1] = 2.0 / n;
        c[2, 2] = (3 * d4 / (d2 * d2) - 1) / n;
        c[0, 1] = c[1, 0] = (ez / e2 - 1) / n;
        c[0, 2] = c[2, 0] = (ed / (e2 * d2) - 1) / n;
        c[1, 2] = c[2, 1] = (dz / d2 - 1) / n;
        return c;
    }

    private static double Variance(double[] coefficients, double[][,] cov)
    {
        double total = 0;
        for (int j = 0; j < cov.Length; j++)
        {
            for (int r = 0; r < 3; r++)
            {
                double cr = coefficients[3 * j + r];
                if (cr == 0)
                {
                    continue;
                }

                for (int s = 0; s < 3; s++)
                {
                    total += cr * coefficients[3 * j + s] * cov[j][r, s];
                }
            }
        }

        return total;
    }

    // h′ = d log q_{j+1} / d log q_j = q_j·(dq_{j+1}/dq_j)/q_{j+1}.
    private static double LogSlope(Activation phi, double sw, double q, double qNext) =>
        q * MeanField.LengthMapSlope(phi, sw, q) / qNext;

    // h″ by a central difference of h′ in log q (step 1e−3; the map is smooth in q > 0).
    private static double LogCurvature(Activation phi, double sw, double q, double qNext)
    {
        const double step = 1e-3;
        double bias = qNext - sw * MeanField.ActivationSecondMoment(phi, q);
        double Slope(double t)
        {
            double qt = Math.Exp(t);
            double next = sw * MeanField.ActivationSecondMoment(phi, qt) + bias;
            return qt * MeanField.LengthMapSlope(phi, sw, qt) / next;
        }

        double t0 = Math.Log(q);
        return (Slope(t0 + step) - Slope(t0 - step)) / (2 * step);
    }

    // c = d log E[φ′(√q z)²] / d log q, central difference in log q.
    private static double LogDerivativeSlope(Activation phi, double q)
    {
        const double step = 1e-3;
        double t0 = Math.Log(q);
        double up = Math.Log(MeanField.DerivativeSecondMoment(phi, Math.Exp(t0 + step)));
        double down = Math.Log(MeanField.DerivativeSecondMoment(phi, Math.Exp(t0 - step)));
        return (up - down) / (2 * step);
    }

    private static double Pow2(double x) => x * x;
}
