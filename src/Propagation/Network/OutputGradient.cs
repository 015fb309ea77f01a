namespace InitVerify.Propagation.Network;

/// <summary>What the backward pass propagates from the output x_L = φ(y_L).</summary>
public enum OutputGradient
{
    /// <summary>
    /// g = ∂loss/∂x_L drawn i.i.d. N(0, 1), independent of the forward pass (the default: a random linear read-out
    /// loss ⟨g, x_L⟩). Then δ_L = φ′(y_L) ⊙ g.
    /// </summary>
    StandardNormal = 0,

    /// <summary>loss = Σ x_L, so g = 1 and δ_L = φ′(y_L).</summary>
    SumOfOutputs = 1,
}
