using InitVerify.Init.Random;

namespace InitVerify.Init.Tests;

public class PhiloxTests
{
    // Provenance: Random123 1.09 known-answer tests, examples/kat_vectors, the three "philox4x32 10" lines
    // (columns: counter[4], key[2], expected[4]).
    [Theory]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x6627e8d5u, 0xe169c58du, 0xbc57ac4cu, 0x9b00dbd8u)]
    [InlineData(0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0xffffffffu, 0x408f276du, 0x41c83b0eu, 0xa20bc7c6u, 0x6d5451fdu)]
    [InlineData(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u, 0xd16cfe09u, 0x94fdccebu, 0x5001e420u, 0x24126ea1u)]
    public void Philox4x32_10_MatchesRandom123KnownAnswers(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint x0, uint x1, uint x2, uint x3)
    {
        Assert.Equal(new PhiloxBlock(x0, x1, x2, x3), Philox4x32.Philox4x32_10(c0, c1, c2, c3, k0, k1));
    }

    [Fact]
    public void Block_MapsIndexDrawStreamAndSeedToCounterAndKeyWords()
    {
        var generator = new Philox4x32(0x299f31d0_a4093822ul, stream: 0x03707344u);
        Assert.Equal(Philox4x32.Philox4x32_10(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u, 0xa4093822u, 0x299f31d0u),
            generator.Block(0x85a308d3_243f6a88ul, draw: 0x13198a2eu));
    }

    [Fact]
    public void PairBlock_GivesTwoElementsEachBlock_AndHighWordTheUpperHalf()
    {
        Assert.Equal((0ul, 0ul, 1ul, 1ul), (Philox4x32.PairBlock(0), Philox4x32.PairBlock(1), Philox4x32.PairBlock(2), Philox4x32.PairBlock(3)));
        Assert.Equal(0x7FFF_FFFF_FFFF_FFFFul, Philox4x32.PairBlock(ulong.MaxValue));
        Assert.Equal(0xFFFF_FFFEu, Philox4x32.HighWord(0xFFFF_FFFE_0000_0001ul));
        Assert.Equal(0u, Philox4x32.HighWord(0xFFFF_FFFFul));
    }

    [Fact]
    public void WithStream_KeepsSeedAndChangesStream()
    {
        var generator = new Philox4x32(7).WithStream(3);
        Assert.Equal(7ul, generator.Seed);
        Assert.Equal(3u, generator.Stream);
        Assert.NotEqual(new Philox4x32(7).Block(0), generator.Block(0));
    }

    [Fact]
    public void ToOpenUnit_NeverGivesZero()
    {
        // The grid is (k + 1/2)·2⁻⁵³ for k = 0 .. 2⁵³ − 1; 0 never occurs, so ln u is finite. The top point
        // 1 − 2⁻⁵⁴ is not a double and rounds (to even) to exactly 1.0 (probability 2⁻⁵³; ln 1 = 0 is harmless).
        Assert.Equal(Math.Pow(2, -54), PhiloxBlock.ToOpenUnit(0));
        Assert.Equal(1.0, PhiloxBlock.ToOpenUnit(ulong.MaxValue));
        Assert.True(PhiloxBlock.ToOpenUnit(ulong.MaxValue - (1ul << 11)) < 1.0);
        Assert.Equal(0.5 + Math.Pow(2, -54), PhiloxBlock.ToOpenUnit(1ul << 63));
    }

    [Fact]
    public void Uniforms_UseLowWordsFirst()
    {
        var block = new PhiloxBlock(0, 0, 0xFFFFFFFFu, 0xFFFFFFFFu);
        Assert.Equal(Math.Pow(2, -54), block.Uniform0);
        Assert.Equal(1 - Math.Pow(2, -54), block.Uniform1);
        Assert.Equal(PhiloxBlock.ToOpenUnit(0x00000002_00000001ul), new PhiloxBlock(1, 2, 0, 0).Uniform0);
    }
}
