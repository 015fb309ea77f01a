using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;
using InitVerify.Propagation.Network;

namespace InitVerify.Statistical.Tests.Infrastructure;

/// <summary>The scenarios of the suite, shared by the fast tests and the calibration.</summary>
public static class Scenarios
{
    /// <summary>Batch size of the propagation scenarios: 16 i.i.d. N(0, 1) inputs.</summary>
    public const int Batch = 16;

    /// <summary>Alternating widths 128, 256, 512, 256, 128, … (n_0 = 128), depth L.</summary>
    public static int[] Unequal(int depth)
    {
        int[] cycle = [128, 256, 512, 256];
        return Enumerable.Range(0, depth + 1).Select(i => cycle[i % cycle.Length]).ToArray();
    }

    /// <summary>He-normal (fan_in) + ReLU, n = 256, L = 50, k = 2.</summary>
    public static Scenario HeNormalRelu { get; } = new("he-normal-relu", Scenario.Equal(256, 50), Activation.Relu, He.Normal(), 2, Batch, true, true);

    /// <summary>He-uniform (fan_in) + ReLU, n = 128, L = 100, k = 2.</summary>
    public static Scenario HeUniformRelu { get; } = new("he-uniform-relu", Scenario.Equal(128, 100), Activation.Relu, He.Uniform(), 2, Batch, true, true);

    /// <summary>He-normal + ReLU at width 1024, L = 20, k = 1 (forward).</summary>
    public static Scenario HeNormalReluWide { get; } = new("he-normal-relu-1024", Scenario.Equal(1024, 20), Activation.Relu, He.Normal(), 1, 8, true, false);

    /// <summary>LeCun-normal (σ_w² = 1) + tanh, n = 256, L = 50, k = 2: q decays like 1/(2l) by theory.</summary>
    public static Scenario LeCunTanh { get; } = new("lecun-normal-tanh", Scenario.Equal(256, 50), Activation.Tanh, LeCun.Normal(), 2, Batch, true, true);

    /// <summary>Xavier-uniform + tanh, n = 512, L = 20, k = 1 (forward).</summary>
    public static Scenario XavierUniformTanh { get; } = new("xavier-uniform-tanh", Scenario.Equal(512, 20), Activation.Tanh, Xavier.Uniform(), 1, Batch, true, false);

    /// <summary>Xavier-normal with gain 5/3 + tanh (σ_w² = 25/9), n = 256, L = 30, k = 2: fixed point q* = 1.1785.</summary>
    public static Scenario TanhGain { get; } = new("xavier-gain53-tanh", Scenario.Equal(256, 30), Activation.Tanh, Xavier.Normal(Gain.For(Nonlinearity.Tanh)), 2, Batch, true, true);

    /// <summary>Xavier-normal + identity, n = 128, L = 100, k = 2.</summary>
    public static Scenario XavierIdentity { get; } = new("xavier-normal-identity", Scenario.Equal(128, 100), Activation.Identity, Xavier.Normal(), 2, Batch, true, true);

    /// <summary>He-normal fan_in + ReLU, unequal widths, L = 30, k = 2 (forward: fan_in preserves the forward signal).</summary>
    public static Scenario HeFanInUnequal { get; } = new("he-fanin-relu-unequal", Unequal(30), Activation.Relu, He.Normal(), 2, Batch, true, false);

    /// <summary>He-normal fan_out + ReLU, unequal widths, L = 30, k = 2 (backward: fan_out preserves the gradient).</summary>
    public static Scenario HeFanOutUnequal { get; } = new("he-fanout-relu-unequal", Unequal(30), Activation.Relu, He.Normal(mode: FanMode.FanOut), 2, Batch, false, true);

    /// <summary>LeCun-normal + SELU, n = 256, L = 20, k = 1 (forward; fixed point q* = 1).</summary>
    public static Scenario LeCunSelu { get; } = new("lecun-normal-selu", Scenario.Equal(256, 20), Activation.Selu, LeCun.Normal(), 1, Batch, true, false);

    /// <summary>Every positive scenario.</summary>
    public static IReadOnlyList<Scenario> Positive { get; } =
    [
        HeNormalRelu, HeUniformRelu, HeNormalReluWide, LeCunTanh, XavierUniformTanh, TanhGain, XavierIdentity,
        HeFanInUnequal, HeFanOutUnequal, LeCunSelu,
    ];

    /// <summary>Xavier + ReLU checked against He's claim: halves per layer.</summary>
    public static Scenario XavierRelu { get; } = new("neg-xavier-relu", Scenario.Equal(256, 50), Activation.Relu, Xavier.Normal(), 1, Batch, true, false, He.Normal());

    /// <summary>N(0, 1) + ReLU checked against He's claim: ×n/2 per layer, float overflow.</summary>
    public static Scenario StdOneRelu { get; } = new("neg-std1-relu", Scenario.Equal(256, 50), Activation.Relu, new NormalInitializer(0, 1), 1, Batch, true, false, He.Normal());

    /// <summary>N(0, 0.01²) + ReLU checked against He's claim: vanishes.</summary>
    public static Scenario SmallRelu { get; } = new("neg-std001-relu", Scenario.Equal(256, 30), Activation.Relu, new NormalInitializer(0, 0.01), 1, Batch, true, false, He.Normal());

    /// <summary>N(0, 1) + tanh checked against LeCun's claim: saturates.</summary>
    public static Scenario StdOneTanh { get; } = new("neg-std1-tanh", Scenario.Equal(256, 20), Activation.Tanh, new NormalInitializer(0, 1), 1, Batch, true, true, LeCun.Normal());

    /// <summary>Every negative control with a statistical verdict.</summary>
    public static IReadOnlyList<Scenario> Negative { get; } = [XavierRelu, StdOneRelu, SmallRelu, StdOneTanh];
}
