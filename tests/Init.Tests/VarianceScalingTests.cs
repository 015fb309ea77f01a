using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Init.Tests;

public class VarianceScalingTests
{
    private static readonly int[] Dense = [30, 50]; // [out, in]: fan_in 50, fan_out 30
    private static readonly int[] Conv = [16, 4, 3, 3]; // fan_in 36, fan_out 144

    [Fact]
    public void TruncationStdFactor_IsKerasConstant()
    {
        // Provenance: Keras VarianceScaling / JAX variance_scaling literal .87962566103423978
        // (std of N(0,1) truncated to [-2, 2]).
        Assert.Equal(0.87962566103423978, VarianceScalingInitializer.TruncationStdFactor, 15);
    }

    [Fact]
    public void LeCunNormal_VarianceIsOneOverFanIn()
    {
        AssertNormal(LeCun.Normal().Target(Dense), 1.0 / 50);
        AssertNormal(LeCun.Normal().Target(Conv), 1.0 / 36);
    }

    [Fact]
    public void XavierNormal_VarianceIsGainSquaredTimesTwoOverFanSum()
    {
        AssertNormal(Xavier.Normal().Target(Dense), 2.0 / (50 + 30));
        AssertNormal(Xavier.Normal(gain: 5.0 / 3).Target(Conv), 25.0 / 9 * 2.0 / (36 + 144));
    }

    [Fact]
    public void HeNormal_VarianceIsTwoOverFanIn()
    {
        AssertNormal(He.Normal().Target(Dense), 2.0 / 50);
        AssertNormal(He.Normal(nonlinearity: Nonlinearity.Relu).Target(Conv), 2.0 / 36);
    }

    [Fact]
    public void HeNormal_FanOutModeAndLeakySlope()
    {
        AssertNormal(He.Normal(mode: FanMode.FanOut).Target(Dense), 2.0 / 30);
        AssertNormal(He.Normal(a: 0.5).Target(Dense), 2.0 / (1 + 0.25) / 50);
        AssertNormal(He.Normal(nonlinearity: Nonlinearity.Tanh).Target(Dense), 25.0 / 9 / 50);
        // PyTorch's nn.Linear default: kaiming_uniform(a = √5) has Var = 1/(3 fan_in).
        Assert.Equal(1.0 / (3 * 50), He.Uniform(a: Math.Sqrt(5)).Target(Dense).Variance, 15);
    }

    [Theory]
    [InlineData(1.0)]
    [InlineData(2.5)]
    public void UniformVariants_BoundIsSqrtThreeTimesStd(double gain)
    {
        double std = Math.Sqrt(gain * gain * 2.0 / 80);
        WeightDistribution target = Xavier.Uniform(gain).Target(Dense);
        Assert.Equal(DistributionKind.Uniform, target.Kind);
        Assert.Equal(Math.Sqrt(3) * std, target.Upper, 15);
        Assert.Equal(-target.Upper, target.Lower);
        Assert.Equal(std * std, target.Variance, 15);
        Assert.Equal(Math.Sqrt(6.0 / 80) * gain, target.Upper, 15); // Glorot & Bengio eq. 16
        Assert.Equal(Math.Sqrt(3.0 / 50), LeCun.Uniform().Target(Dense).Upper, 15);
        Assert.Equal(Math.Sqrt(6.0 / 50), He.Uniform().Target(Dense).Upper, 15);
    }

    [Fact]
    public void TruncatedVariant_CorrectsStdSoThatVarianceIsScaleOverFan()
    {
        var initializer = new VarianceScalingInitializer(2.0, FanMode.FanIn, VarianceScalingDistribution.TruncatedNormal);
        WeightDistribution target = initializer.Target(Dense);
        Assert.Equal(DistributionKind.TruncatedNormal, target.Kind);
        Assert.Equal(Math.Sqrt(2.0 / 50) / 0.87962566103423978, target.Std, 14);
        Assert.Equal(-2 * target.Std, target.Lower, 15);
        Assert.Equal(2 * target.Std, target.Upper, 15);
        Assert.Equal(2.0 / 50, target.Variance, 14);
    }

    [Fact]
    public void KerasLayoutAndGroups_ChangeTheFan()
    {
        var keras = new VarianceScalingInitializer(1.0, FanMode.FanIn, VarianceScalingDistribution.Normal, WeightLayout.KernelInOut);
        Assert.Equal(Math.Sqrt(1.0 / 30), keras.TargetStd(Dense), 15);
        var grouped = new VarianceScalingInitializer(1.0, FanMode.FanOut, VarianceScalingDistribution.Normal, groups: 4);
        Assert.Equal(Math.Sqrt(1.0 / 36), grouped.TargetStd(Conv), 15);
    }

    [Fact]
    public void Names_AreStable()
    {
        Assert.Equal("lecun-normal", LeCun.Normal().Name);
        Assert.Equal("lecun-uniform", LeCun.Uniform().Name);
        Assert.Equal("xavier-normal", Xavier.Normal().Name);
        Assert.Equal("xavier-uniform(gain=2)", Xavier.Uniform(2).Name);
        Assert.Equal("he-normal", He.Normal().Name);
        Assert.Equal("he-uniform", He.Uniform(nonlinearity: Nonlinearity.Relu).ToString());
        Assert.Equal("he-normal(a=0, FanOut, LeakyRelu)", He.Normal(mode: FanMode.FanOut).Name);
        Assert.Equal("variance-scaling(scale=2, FanAvg, Uniform)", new VarianceScalingInitializer(2, FanMode.FanAvg, VarianceScalingDistribution.Uniform).Name);
    }

    private static void AssertNormal(WeightDistribution target, double variance)
    {
        Assert.Equal(DistributionKind.Normal, target.Kind);
        Assert.Equal(0.0, target.Mean);
        Assert.Equal(variance, target.Variance, 15);
        Assert.Equal(double.NegativeInfinity, target.Lower);
        Assert.Equal(double.PositiveInfinity, target.Upper);
    }
}
