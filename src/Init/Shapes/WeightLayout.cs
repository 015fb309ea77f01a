namespace InitVerify.Init.Shapes;

/// <summary>How a weight tensor's dimensions are ordered.</summary>
public enum WeightLayout
{
    /// <summary>PyTorch: [out, in, k1, k2, ...] (a linear layer computes x·Wᵀ).</summary>
    OutInKernel = 0,

    /// <summary>Keras / TensorFlow: [k1, k2, ..., in, out] (a dense layer computes x·W).</summary>
    KernelInOut = 1,
}
