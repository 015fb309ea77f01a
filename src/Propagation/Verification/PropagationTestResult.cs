namespace InitVerify.Propagation.Verification;

/// <summary>The verdict of <see cref="SignalPropagationTest"/> on k networks.</summary>
/// <param name="Failure">None when accepted, else the first reason found.</param>
/// <param name="FirstFailingLayer">The first rejected layer (1-based), or 0 when accepted.</param>
/// <param name="Layers">The layers tested (1-based), in order.</param>
/// <param name="LayerDistances">Per tested layer: how many layer gains separate it from the anchor (forward: l, from the input; backward: L − l, from the output).</param>
/// <param name="MeanLogRatios">Per tested layer: the mean over the k networks of log(measured/predicted) (±∞ or NaN on collapse or overflow).</param>
/// <param name="Bands">Per tested layer: its acceptance band.</param>
/// <param name="Networks">k.</param>
/// <param name="FalseFailureRate">r: the probability that the whole test rejects correct networks (Bonferroni over layers).</param>
public sealed record PropagationTestResult(
    PropagationFailure Failure,
    int FirstFailingLayer,
    IReadOnlyList<int> Layers,
    IReadOnlyList<int> LayerDistances,
    IReadOnlyList<double> MeanLogRatios,
    IReadOnlyList<LogRatioBand> Bands,
    int Networks,
    double FalseFailureRate)
{
    /// <summary>Whether the networks were accepted.</summary>
    public bool Passed => Failure == PropagationFailure.None;

    /// <summary>
    /// The guaranteed detection: a shift of the true mean log-ratio by at least this much (outside the null center
    /// interval) at any one tested layer is rejected with probability ≥ power; the largest over the layers.
    /// </summary>
    /// <param name="power">Detection probability in (0, 1).</param>
    public double DetectableLogDeviation(double power) => Bands.Max(b => b.DetectableDeviation(power));

    /// <summary>
    /// The guaranteed detection of a per-layer gain error: if every layer multiplies the second moment by e^g instead
    /// of the claimed gain, layer l's mean log-ratio shifts by g·distance_l; |g| at least this value is rejected with
    /// probability ≥ power (the smallest DetectableDeviation_l / distance_l over the tested layers).
    /// </summary>
    /// <param name="power">Detection probability in (0, 1).</param>
    public double DetectablePerLayerLogGain(double power)
    {
        double best = double.PositiveInfinity;
        for (int i = 0; i < Bands.Count; i++)
        {
            if (LayerDistances[i] > 0)
            {
                best = Math.Min(best, Bands[i].DetectableDeviation(power) / LayerDistances[i]);
            }
        }

        return best;
    }

    /// <summary>Largest |distance outside the band| in units of the band's sd (0 when inside; ∞ for non-finite).</summary>
    public double WorstExcessInSds()
    {
        double worst = 0;
        for (int i = 0; i < Bands.Count; i++)
        {
            double t = MeanLogRatios[i];
            LogRatioBand band = Bands[i];
            double excess = !double.IsFinite(t) ? double.PositiveInfinity
                : t > band.Upper ? (t - band.Upper) / band.StandardDeviation
                : t < band.Lower ? (band.Lower - t) / band.StandardDeviation
                : 0;
            worst = Math.Max(worst, excess);
        }

        return worst;
    }

    /// <inheritdoc/>
    public override string ToString() =>
        Passed
            ? $"passed: {Networks} nets, {Layers.Count} layers, r = {FalseFailureRate:G3}"
            : $"{Failure} at layer {FirstFailingLayer}: mean log-ratio {MeanLogRatios[Layers.ToList().IndexOf(FirstFailingLayer)]:G4} vs band {Bands[Layers.ToList().IndexOf(FirstFailingLayer)]}";
}
