using InitVerify.Init.Random;

namespace InitVerify.Init.Tests;

public class DeterminismTests
{
    private static readonly int[] Shape = [24, 10, 3];

    [Theory]
    [MemberData(nameof(Catalog.Data), MemberType = typeof(Catalog))]
    public void SameSeed_GivesSameBits(string name)
    {
        Initializer initializer = Catalog.Named(name);
        var first = new double[720];
        var second = new double[720];
        initializer.Fill(Shape, first, seed: 123456789);
        initializer.Fill(Shape, second, seed: 123456789);
        Assert.Equal(first.Select(BitConverter.DoubleToInt64Bits), second.Select(BitConverter.DoubleToInt64Bits));

        var third = new float[720];
        var fourth = new float[720];
        initializer.Fill(Shape, third, seed: 123456789);
        initializer.Fill(Shape, fourth, new Philox4x32(123456789));
        Assert.Equal(third.Select(BitConverter.SingleToInt32Bits), fourth.Select(BitConverter.SingleToInt32Bits));
    }

    [Theory]
    [MemberData(nameof(Catalog.Data), MemberType = typeof(Catalog))]
    public void DifferentSeedsOrStreams_GiveDifferentTensors(string name)
    {
        Initializer initializer = Catalog.Named(name);
        var a = new double[720];
        var b = new double[720];
        var c = new double[720];
        initializer.Fill(Shape, a, seed: 1);
        initializer.Fill(Shape, b, seed: 2);
        initializer.Fill(Shape, c, new Philox4x32(1, stream: 1));
        if (initializer.Target(Shape).Kind == DistributionKind.Constant)
        {
            Assert.Equal(a, b);
            return;
        }

        // Elements are continuous draws: a coincidence between two independent draws has probability ~2⁻⁵³ each.
        Assert.True(a.Zip(b).All(p => p.First != p.Second), "seed 1 and seed 2 must differ everywhere");
        Assert.True(a.Zip(c).All(p => p.First != p.Second), "stream 0 and stream 1 must differ everywhere");
    }

    [Theory]
    [MemberData(nameof(Catalog.Data), MemberType = typeof(Catalog))]
    public void FloatFill_IsTheDoubleFillRounded(string name)
    {
        Initializer initializer = Catalog.Named(name);
        var doubles = new double[720];
        var floats = new float[720];
        initializer.Fill(Shape, doubles, seed: 99);
        initializer.Fill(Shape, floats, seed: 99);
        Assert.Equal(doubles.Select(x => (float)x), floats);
    }

    [Fact]
    public void ElementsDoNotDependOnTheTensorSize()
    {
        // Counter-based: element i depends only on (seed, stream, i), so a prefix of a longer fill is the shorter
        // fill. This is what makes a split (parallel) fill bit-identical to the serial one.
        var shortFill = new double[101];
        var longFill = new double[1000];
        new InitVerify.Init.Initializers.NormalInitializer().Fill([101], shortFill, seed: 4);
        new InitVerify.Init.Initializers.NormalInitializer().Fill([1000], longFill, seed: 4);
        Assert.Equal(shortFill, longFill.Take(101));
        new InitVerify.Init.Initializers.TruncatedNormalInitializer().Fill([101], shortFill, seed: 4);
        new InitVerify.Init.Initializers.TruncatedNormalInitializer().Fill([1000], longFill, seed: 4);
        Assert.Equal(shortFill, longFill.Take(101));
    }
}
