namespace InitVerify.Init.Shapes;

/// <summary>The fan-in and fan-out of a weight: how many inputs feed one output, and how many outputs one input feeds.</summary>
/// <param name="FanIn">Inputs per output unit (in / groups · receptive field).</param>
/// <param name="FanOut">Outputs per input unit (out / groups · receptive field).</param>
public readonly record struct Fans(double FanIn, double FanOut)
{
    /// <summary>
    /// Fans of a weight tensor. Receptive field rf = product of the kernel dimensions (1 for a dense layer).
    /// PyTorch layout [out, in/groups, k...]: fan_in = shape[1]·rf, fan_out = shape[0]·rf / groups.
    /// Keras layout [k..., in/groups, out]: fan_in = shape[^2]·rf, fan_out = shape[^1]·rf / groups.
    /// </summary>
    /// <remarks>
    /// A grouped convolution stores in_channels/groups in its input dimension, so fan_in = (in/groups)·rf
    /// comes straight from the shape (as in PyTorch's _calculate_fan_in_and_fan_out). Each input channel
    /// feeds only out/groups filters, so fan_out divides by groups; with groups = 1 this is exactly PyTorch's
    /// (and Keras') fan computation. Rank &lt; 2 is rejected, as in PyTorch.
    /// </remarks>
    /// <param name="shape">Weight shape, rank ≥ 2, every dimension ≥ 1.</param>
    /// <param name="layout">Dimension order; PyTorch's by default.</param>
    /// <param name="groups">Convolution groups, ≥ 1, dividing the output dimension.</param>
    /// <exception cref="ArgumentOutOfRangeException">Invalid shape, layout or groups.</exception>
    public static Fans FromShape(ReadOnlySpan<int> shape, WeightLayout layout = WeightLayout.OutInKernel, int groups = 1)
    {
        WeightShape.ElementCount(shape, minimumRank: 2);
        Guard.Defined(layout, nameof(layout));
        int outDim = layout == WeightLayout.OutInKernel ? shape[0] : shape[^1];
        int inDim = layout == WeightLayout.OutInKernel ? shape[1] : shape[^2];
        if (groups < 1 || outDim % groups != 0)
        {
            Guard.ThrowOutOfRange(nameof(groups), groups,
                $"must be ≥ 1 and divide the output dimension {outDim}");
        }

        ReadOnlySpan<int> kernel = layout == WeightLayout.OutInKernel ? shape[2..] : shape[..^2];
        double receptiveField = 1;
        foreach (int k in kernel)
        {
            receptiveField *= k;
        }

        return new Fans(inDim * receptiveField, outDim * receptiveField / groups);
    }

    /// <summary>The fan a mode selects: fan_in, fan_out or their mean.</summary>
    /// <param name="mode">A defined <see cref="FanMode"/>.</param>
    public double Select(FanMode mode) => mode switch
    {
        FanMode.FanIn => FanIn,
        FanMode.FanOut => FanOut,
        FanMode.FanAvg => (FanIn + FanOut) / 2,
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, "mode must be one of FanIn, FanOut, FanAvg."),
    };
}
