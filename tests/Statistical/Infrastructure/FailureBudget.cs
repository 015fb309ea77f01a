namespace InitVerify.Statistical.Tests.Infrastructure;

/// <summary>
/// The suite's false-failure budget: P(any statistical assertion of the default run fails although the code is
/// right) ≤ 1e−6, split equally (Bonferroni) over <see cref="Slots"/> assertions.
/// </summary>
/// <remarks>
/// Assertions that draw on the budget (one slot each; 29 used, 3 spare):
/// forward — He-normal ReLU 256×50, He-uniform ReLU 128×100, He-normal ReLU 1024×20, LeCun-normal tanh 256×50,
/// Xavier-uniform tanh 512×20, Xavier(gain 5/3) tanh 256×30, Xavier identity 128×100, He fan_in ReLU unequal
/// widths, LeCun SELU 256×20 (9); backward — He-normal ReLU, He-uniform ReLU, LeCun tanh, gain-5/3 tanh, identity,
/// He fan_out ReLU unequal widths (6); negative controls — Xavier+ReLU, N(0,1)+ReLU, N(0,0.01²)+ReLU,
/// N(0,1)+tanh ×3 (absolute variance, saturation, backward gain) (6; a missed detection is the failure here);
/// histograms — tanh std 1, std 0.01, Xavier tanh, He ReLU (4 × 2 = 8 layer-5 shape assertions).
/// Deterministic assertions (zero weights, theory values, kernels) need no budget.
/// </remarks>
public static class FailureBudget
{
    /// <summary>The whole default suite's false-failure probability.</summary>
    public const double Total = 1e-6;

    /// <summary>The number of equal shares.</summary>
    public const int Slots = 32;

    /// <summary>r_i = Total / Slots = 3.125e−8: each statistical assertion's false-failure rate.</summary>
    public const double PerAssertion = Total / Slots;
}
