using InitVerify.Init.Shapes;

namespace InitVerify.Init.Tests;

public class FansTests
{
    // Expected values follow torch.nn.init._calculate_fan_in_and_fan_out for [out, in, k...]
    // and Keras' _compute_fans for [k..., in, out].
    [Theory]
    [InlineData(new[] { 7, 3 }, 3, 7)]
    [InlineData(new[] { 16, 8, 5 }, 40, 80)]
    [InlineData(new[] { 64, 32, 3, 3 }, 288, 576)]
    [InlineData(new[] { 8, 4, 2, 3, 5 }, 120, 240)]
    [InlineData(new[] { 1, 1 }, 1, 1)]
    public void PyTorchLayout_FanInIsInTimesReceptiveField(int[] shape, double fanIn, double fanOut)
    {
        Assert.Equal(new Fans(fanIn, fanOut), Fans.FromShape(shape));
    }

    [Theory]
    [InlineData(new[] { 3, 7 }, 3, 7)]
    [InlineData(new[] { 5, 8, 16 }, 40, 80)]
    [InlineData(new[] { 3, 3, 32, 64 }, 288, 576)]
    [InlineData(new[] { 2, 3, 5, 4, 8 }, 120, 240)]
    public void KerasLayout_FanInIsSecondToLastTimesReceptiveField(int[] shape, double fanIn, double fanOut)
    {
        Assert.Equal(new Fans(fanIn, fanOut), Fans.FromShape(shape, WeightLayout.KernelInOut));
    }

    [Fact]
    public void GroupedConvolution_FanInIsInOverGroupsTimesReceptiveField()
    {
        // Conv2d(in=32, out=64, k=3, groups=4) stores weight [64, 32/4, 3, 3].
        Fans fans = Fans.FromShape([64, 8, 3, 3], groups: 4);
        Assert.Equal(8 * 9, fans.FanIn);
        Assert.Equal(64 * 9 / 4, fans.FanOut);
    }

    [Fact]
    public void DepthwiseConvolution_HasFanInOfOneKernel()
    {
        // Depthwise Conv2d(in=32, out=32, k=5, groups=32): weight [32, 1, 5, 5].
        Assert.Equal(new Fans(25, 25), Fans.FromShape([32, 1, 5, 5], groups: 32));
        Assert.Equal(new Fans(25, 25), Fans.FromShape([5, 5, 1, 32], WeightLayout.KernelInOut, groups: 32));
    }

    [Theory]
    [InlineData(FanMode.FanIn, 3)]
    [InlineData(FanMode.FanOut, 7)]
    [InlineData(FanMode.FanAvg, 5)]
    public void Select_PicksTheModesFan(FanMode mode, double expected)
    {
        Assert.Equal(expected, new Fans(3, 7).Select(mode));
    }

    [Fact]
    public void Select_UndefinedMode_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new Fans(3, 7).Select((FanMode)9));
        Assert.Equal("mode", error.ParamName);
    }

    [Theory]
    [InlineData(new int[0])]
    [InlineData(new[] { 5 })]
    public void RankBelowTwo_IsRejected(int[] shape)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Fans.FromShape(shape));
        Assert.Equal("shape", error.ParamName);
        Assert.Contains("rank ≥ 2", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(3)]
    public void GroupsNotDividingOutput_AreRejected(int groups)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Fans.FromShape([64, 8, 3, 3], groups: groups));
        Assert.Equal("groups", error.ParamName);
    }

    [Fact]
    public void UndefinedLayout_IsRejected()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Fans.FromShape([4, 4], (WeightLayout)5));
        Assert.Equal("layout", error.ParamName);
    }
}
