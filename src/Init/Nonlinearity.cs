namespace InitVerify.Init;

/// <summary>The activation (or layer) a gain is computed for, as in PyTorch's calculate_gain.</summary>
public enum Nonlinearity
{
    /// <summary>Identity: gain 1.</summary>
    Linear = 0,

    /// <summary>Any convolution used linearly (conv1d/2d/3d, transposed): gain 1.</summary>
    Conv = 1,

    /// <summary>Logistic sigmoid: gain 1.</summary>
    Sigmoid = 2,

    /// <summary>Hyperbolic tangent: gain 5/3.</summary>
    Tanh = 3,

    /// <summary>ReLU: gain √2.</summary>
    Relu = 4,

    /// <summary>Leaky ReLU with negative slope s: gain √(2 / (1 + s²)).</summary>
    LeakyRelu = 5,

    /// <summary>SELU: gain 3/4.</summary>
    Selu = 6,
}
