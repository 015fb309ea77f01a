namespace InitVerify.Propagation.Network;

/// <summary>The result of <see cref="DenseStack.Backward"/>: per-layer gradient statistics.</summary>
/// <param name="Mode">The output gradient that was propagated.</param>
/// <param name="Layers">δ_l statistics for layers 1..L (index l − 1).</param>
/// <param name="Input">Statistics of the input gradient ∂loss/∂x_0 = W_1ᵀ δ_1 (layer number 0).</param>
public sealed record BackwardPass(OutputGradient Mode, IReadOnlyList<GradientStatistics> Layers, GradientStatistics Input);
