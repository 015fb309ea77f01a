namespace InitVerify.Propagation.Network;

/// <summary>The element-wise nonlinearity φ applied after each dense layer.</summary>
public enum ActivationKind
{
    /// <summary>φ(y) = y.</summary>
    Identity = 0,

    /// <summary>φ(y) = max(0, y).</summary>
    Relu = 1,

    /// <summary>φ(y) = y for y &gt; 0, s·y otherwise (negative slope s).</summary>
    LeakyRelu = 2,

    /// <summary>φ(y) = tanh(y).</summary>
    Tanh = 3,

    /// <summary>φ(y) = 1 / (1 + e^(−y)).</summary>
    Sigmoid = 4,

    /// <summary>φ(y) = λ·y for y &gt; 0, λ·α·(e^y − 1) otherwise (Klambauer et al. 2017).</summary>
    Selu = 5,
}
