namespace InitVerify.Init.Tests;

public class GainTests
{
    // Provenance: torch.nn.init.calculate_gain (PyTorch 2.x), values as printed by Python's repr;
    // listed in shared/reference/initializers.md.
    [Theory]
    [InlineData(Nonlinearity.Linear, 1.0)]
    [InlineData(Nonlinearity.Conv, 1.0)]
    [InlineData(Nonlinearity.Sigmoid, 1.0)]
    [InlineData(Nonlinearity.Tanh, 1.6666666666666667)]
    [InlineData(Nonlinearity.Relu, 1.4142135623730951)]
    [InlineData(Nonlinearity.LeakyRelu, 1.4141428569978354)]
    [InlineData(Nonlinearity.Selu, 0.75)]
    public void For_MatchesPyTorchCalculateGain(Nonlinearity nonlinearity, double expected)
    {
        Assert.Equal(expected, Gain.For(nonlinearity));
    }

    [Theory]
    [InlineData(0.01, 1.4141428569978354)]
    [InlineData(10.0, 0.14071950894605836)]
    [InlineData(0.0, 1.4142135623730951)]
    [InlineData(1.0, 1.0)]
    public void LeakyRelu_IsSqrtTwoOverOnePlusSlopeSquared(double slope, double expected)
    {
        Assert.Equal(expected, Gain.For(Nonlinearity.LeakyRelu, slope));
        Assert.Equal(expected, Gain.LeakyRelu(slope));
    }

    [Fact]
    public void DefaultLeakyReluSlope_IsPyTorchs()
    {
        Assert.Equal(0.01, Gain.DefaultLeakyReluSlope);
    }

    [Fact]
    public void SlopeForAnotherNonlinearity_IsRejected()
    {
        var error = Assert.Throws<ArgumentException>(() => Gain.For(Nonlinearity.Relu, 0.1));
        Assert.Equal("negativeSlope", error.ParamName);
    }

    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void NonFiniteSlope_IsRejected(double slope)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Gain.For(Nonlinearity.LeakyRelu, slope));
        Assert.Equal("negativeSlope", error.ParamName);
    }

    [Fact]
    public void UndefinedNonlinearity_IsRejectedWithTheChoices()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Gain.For((Nonlinearity)42));
        Assert.Equal("nonlinearity", error.ParamName);
        Assert.Contains("Tanh", error.Message, StringComparison.Ordinal);
    }
}
