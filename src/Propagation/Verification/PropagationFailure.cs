namespace InitVerify.Propagation.Verification;

/// <summary>Why a propagation test rejected a set of networks.</summary>
public enum PropagationFailure
{
    /// <summary>Accepted.</summary>
    None = 0,

    /// <summary>A measured second moment is infinite or NaN (float overflow: exploding signal).</summary>
    NonFinite = 1,

    /// <summary>A measured second moment is exactly 0 (underflow, or zero weights: vanishing signal).</summary>
    Collapsed = 2,

    /// <summary>A layer's mean log-ratio lies outside its acceptance band.</summary>
    OutOfBand = 3,
}
