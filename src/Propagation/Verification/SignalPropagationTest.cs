using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;

namespace InitVerify.Propagation.Verification;

/// <summary>
/// Tests measured per-layer second moments of k independently seeded networks against a claimed mean-field
/// prediction, with bands from the finite-width spread and a stated false-failure rate.
/// </summary>
/// <remarks>
/// Statistic per layer l: T_l = mean over the k networks of log(measured_l / predicted_l). Under the null (the
/// claim is right) T_l is approximately normal with variance ≤ Σ V_l/k² and mean in
/// [min(μ_l, −V_l/2, 0), max(μ_l, 0)], where μ_l, V_l are <see cref="FiniteWidthSpread"/>'s single-input mean and
/// variance: −V_l/2 is the mean of a log-normal ratio whose expectation the prediction matches, μ_l the delta
/// method's own second-order mean (for tanh's backward pass the delta-method mean is too small, the −V/2 end covers
/// it: a simulation of 200 single-input nets at n = 128, L = 50 gave −0.53 against μ = −0.21, −V/2 = −0.52), and
/// 0 the mean of a pooled infinite batch. The band's sd is that bound times
/// <see cref="DefaultSafetyFactor"/>, covering the delta method's neglected O(V²) terms and the non-normal tails
/// of a sum of log-χ² variables at the z ≈ 6 used here. Layers share the test's rate r by Bonferroni (r/L each),
/// valid however correlated the layers are. A zero moment (collapse) or a non-finite one (overflow) rejects at once.
/// </remarks>
public static class SignalPropagationTest
{
    /// <summary>
    /// The factor by which the band's sd exceeds the delta-method sd. 1.25: a 25 % margin, chosen (before the
    /// calibration run) to cover the approximations listed in the remarks; the Calibration tests measure the actual
    /// ratio of observed to delta-method spread.
    /// </summary>
    public const double DefaultSafetyFactor = 1.25;

    /// <summary>Tests forward pre-activation second moments v_l against q_l at every layer.</summary>
    /// <param name="passes">Forward passes of k ≥ 1 networks.</param>
    /// <param name="claims">The claimed prediction for each network (same depth as its pass).</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <param name="safetyFactor">sd multiplier ≥ 1.</param>
    public static PropagationTestResult Forward(IReadOnlyList<ForwardPass> passes, IReadOnlyList<MeanFieldPrediction> claims,
        double falseFailureRate, double safetyFactor = DefaultSafetyFactor)
    {
        ArgumentNullException.ThrowIfNull(passes);
        Validate(passes.Count, claims, falseFailureRate, safetyFactor);
        int depth = claims[0].Depth;
        return Run(
            passes.Count,
            Enumerable.Range(1, depth).ToArray(),
            layer => layer,
            (net, layer) => passes[net].Layers[layer - 1].PreActivationSecondMoment,
            (net, layer) => claims[net].PreActivationSecondMoments[layer - 1],
            claims,
            (spread, layer) => (spread.ForwardMean[layer - 1], spread.ForwardVariance[layer - 1]),
            falseFailureRate,
            safetyFactor);
    }

    /// <summary>Tests backward gradient second moments u_l (l = 1..L − 1) against the prediction anchored at each net's measured u_L.</summary>
    /// <param name="passes">Backward passes of k ≥ 1 networks.</param>
    /// <param name="claims">The claimed prediction for each network.</param>
    /// <param name="falseFailureRate">r in (0, 1).</param>
    /// <param name="safetyFactor">sd multiplier ≥ 1.</param>
    /// <exception cref="ArgumentException">Depth below 2 (no layer below the anchor).</exception>
    public static PropagationTestResult Backward(IReadOnlyList<BackwardPass> passes, IReadOnlyList<MeanFieldPrediction> claims,
        double falseFailureRate, double safetyFactor = DefaultSafetyFactor)
    {
        ArgumentNullException.ThrowIfNull(passes);
        Validate(passes.Count, claims, falseFailureRate, safetyFactor);
        int depth = claims[0].Depth;
        if (depth < 2)
        {
            Guard.ThrowArgument(nameof(claims), "a backward test needs depth ≥ 2 (layer L is the anchor).");
        }

        var predicted = new double[passes.Count][];
        for (int k = 0; k < passes.Count; k++)
        {
            predicted[k] = claims[k].GradientSecondMoments(passes[k].Layers[depth - 1].SecondMoment);
        }

        return Run(
            passes.Count,
            Enumerable.Range(1, depth - 1).ToArray(),
            layer => depth - layer,
            (net, layer) => passes[net].Layers[layer - 1].SecondMoment,
            (net, layer) => predicted[net][layer - 1],
            claims,
            (spread, layer) => (spread.BackwardMean[layer - 1], spread.BackwardVariance[layer - 1]),
            falseFailureRate,
            safetyFactor);
    }

    private static PropagationTestResult Run(
        int networks,
        int[] layers,
        Func<int, int> distance,
        Func<int, int, double> measured,
        Func<int, int, double> predicted,
        IReadOnlyList<MeanFieldPrediction> claims,
        Func<FiniteWidthSpread, int, (double Mean, double Variance)> moments,
        double falseFailureRate,
        double safetyFactor)
    {
        var spreads = claims.Select(FiniteWidthSpread.Compute).ToArray();
        double perLayer = falseFailureRate / layers.Length;
        var ratios = new double[layers.Length];
        var bands = new LogRatioBand[layers.Length];
        PropagationFailure failure = PropagationFailure.None;
        int firstFailing = 0;
        for (int i = 0; i < layers.Length; i++)
        {
            int layer = layers[i];
            double sum = 0, meanSum = 0, varianceSum = 0;
            PropagationFailure layerFailure = PropagationFailure.None;
            for (int k = 0; k < networks; k++)
            {
                double m = measured(k, layer);
                double p = predicted(k, layer);
                if (!double.IsFinite(m) || !double.IsFinite(p))
                {
                    layerFailure = PropagationFailure.NonFinite;
                }
                else if (m == 0 && layerFailure == PropagationFailure.None)
                {
                    layerFailure = PropagationFailure.Collapsed;
                }

                sum += Math.Log(m / p);
                (double mean, double variance) = moments(spreads[k], layer);
                meanSum += mean;
                varianceSum += variance;
            }

            double center = meanSum / networks;
            double halfVariance = varianceSum / networks / 2;
            double sd = safetyFactor * Math.Sqrt(varianceSum) / networks;
            ratios[i] = layerFailure == PropagationFailure.NonFinite ? double.NaN : sum / networks;
            bands[i] = new LogRatioBand(Math.Min(Math.Min(center, -halfVariance), 0), Math.Max(center, 0), sd, perLayer);
            if (layerFailure == PropagationFailure.None && !bands[i].Contains(ratios[i]))
            {
                layerFailure = PropagationFailure.OutOfBand;
            }

            if (layerFailure != PropagationFailure.None && failure == PropagationFailure.None)
            {
                failure = layerFailure;
                firstFailing = layer;
            }
        }

        return new PropagationTestResult(failure, firstFailing, layers, layers.Select(distance).ToArray(), ratios, bands, networks, falseFailureRate);
    }

    private static void Validate(int networks, IReadOnlyList<MeanFieldPrediction> claims, double falseFailureRate, double safetyFactor)
    {
        ArgumentNullException.ThrowIfNull(claims);
        if (networks < 1 || claims.Count != networks)
        {
            Guard.ThrowArgument(nameof(claims), $"need k ≥ 1 passes and one claim per pass (got {networks} passes, {claims.Count} claims).");
        }

        int depth = claims[0].Depth;
        if (claims.Any(c => c.Depth != depth))
        {
            Guard.ThrowArgument(nameof(claims), "every claim must have the same depth.");
        }

        Guard.OpenProbability(falseFailureRate, nameof(falseFailureRate));
        if (!(safetyFactor >= 1) || !double.IsFinite(safetyFactor))
        {
            Guard.ThrowOutOfRange(nameof(safetyFactor), safetyFactor, "must be finite and ≥ 1");
        }
    }
}
