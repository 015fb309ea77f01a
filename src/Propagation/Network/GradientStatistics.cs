namespace InitVerify.Propagation.Network;

/// <summary>
/// Backward statistics of one layer: δ_l = ∂loss/∂y_l, the gradient at the layer's pre-activation, pooled over
/// units and inputs and accumulated in double.
/// </summary>
/// <param name="Layer">Layer number l, 1-based.</param>
/// <param name="Width">Number of units n_l.</param>
/// <param name="SecondMoment">u_l: pooled mean of δ_l² (∞ on overflow).</param>
/// <param name="CrossUnitVariance">Mean over inputs of the variance of δ_l across units (0 when every unit receives the same gradient).</param>
/// <param name="NonFiniteCount">Number of elements of δ_l that are ±∞ or NaN.</param>
public sealed record GradientStatistics(int Layer, int Width, double SecondMoment, double CrossUnitVariance, long NonFiniteCount)
{
    /// <summary>Whether every element of δ_l is finite.</summary>
    public bool IsFinite => NonFiniteCount == 0 && double.IsFinite(SecondMoment);
}
