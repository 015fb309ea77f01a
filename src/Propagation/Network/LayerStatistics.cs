namespace InitVerify.Propagation.Network;

/// <summary>
/// Forward statistics of one dense layer over one batch: y = W·x + b (pre-activation), φ(y) (post-activation).
/// Every moment is pooled over all units and all inputs of the batch and accumulated in double.
/// </summary>
/// <remarks>
/// The headline statistic is <see cref="PreActivationSecondMoment"/> v_l = mean of y² over units and inputs, the
/// quantity the mean-field length map q_l predicts. It is NOT the per-unit batch variance
/// (<see cref="PerUnitBatchVariance"/>, BatchNorm style), which collapses in deep ReLU stacks because the inputs
/// become collinear; that one is recorded only to show the difference.
/// When any element overflowed (±∞ or NaN in float), the moments are +∞ (or NaN for the means) and
/// <see cref="NonFiniteCount"/> counts the offending elements: overflow is reported, never thrown.
/// </remarks>
/// <param name="Layer">Layer number l, 1-based.</param>
/// <param name="Width">Number of units n_l.</param>
/// <param name="PreActivationMean">Pooled mean of y.</param>
/// <param name="PreActivationSecondMoment">v_l: pooled mean of y² (∞ on overflow).</param>
/// <param name="CrossUnitVariance">Mean over inputs of the variance of y across the layer's units (0 when every unit computes the same value).</param>
/// <param name="PerUnitBatchVariance">Mean over units of the variance of y across the batch (BatchNorm style; not the mean-field quantity).</param>
/// <param name="PostActivationMean">Pooled mean of φ(y).</param>
/// <param name="PostActivationSecondMoment">Pooled mean of φ(y)².</param>
/// <param name="SaturatedFraction">Fraction of φ(y) that are saturated (<see cref="Activation.IsSaturated"/>); 0 for non-saturating activations.</param>
/// <param name="NonFiniteCount">Number of pre-activations that are ±∞ or NaN.</param>
public sealed record LayerStatistics(
    int Layer,
    int Width,
    double PreActivationMean,
    double PreActivationSecondMoment,
    double CrossUnitVariance,
    double PerUnitBatchVariance,
    double PostActivationMean,
    double PostActivationSecondMoment,
    double SaturatedFraction,
    long NonFiniteCount)
{
    /// <summary>Pooled variance of φ(y): second moment minus squared mean.</summary>
    public double PostActivationVariance => PostActivationSecondMoment - PostActivationMean * PostActivationMean;

    /// <summary>Whether every pre-activation is finite.</summary>
    public bool IsFinite => NonFiniteCount == 0 && double.IsFinite(PreActivationSecondMoment);

    /// <summary>Whether all units of the layer compute the same value for every input (symmetry never broken).</summary>
    public bool UnitsIdentical => IsFinite && CrossUnitVariance == 0.0;
}
