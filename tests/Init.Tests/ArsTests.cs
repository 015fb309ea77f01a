using System.Runtime.Intrinsics;
using InitVerify.Init.Random;

namespace InitVerify.Init.Tests;

public class ArsTests
{
    // Provenance: Random123 known-answer tests, examples/kat_vectors, "ars4x32 10" lines
    // (columns: counter[4], key[4], expected[4]; words little-endian in the AES state). The file has no ARS-7 lines;
    // the rounds are a parameter of the same construction, so ten-round answers check the key schedule, the round
    // function, the last round and the byte order that the library's seven rounds use.
    [Theory]
    [InlineData(0x886a3f24u, 0xd308a385u, 0x2e8a1913u, 0x44737003u, 0x00000000u, 0x00800000u, 0x00000000u, 0x00000000u, 0xab3cabe1u, 0x89b3bb6au, 0x688f9d93u, 0x04122ccau)]
    [InlineData(0x00000001u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0xff000000u, 0x27b00d10u, 0x76eeb5feu, 0x30fea418u, 0x02742412u)]
    [InlineData(0xe6212845u, 0x7713d038u, 0xcf6654beu, 0x6c0ce934u, 0x00000000u, 0x00000000u, 0x00000000u, 0x80000000u, 0xd45af446u, 0x218fe8d8u, 0x47653a38u, 0xa1d863e2u)]
    [InlineData(0x223809a4u, 0xd0319f29u, 0x98fa2e08u, 0x896c4eecu, 0x00000000u, 0xff000000u, 0x00000000u, 0x00000000u, 0xa8b834d7u, 0x97503406u, 0xed40d6b6u, 0xa131a359u)]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x80000000u, 0x00000000u, 0x00000000u, 0x00000000u, 0x80000000u, 0xa0e70327u, 0x7caee527u, 0x6a428c61u, 0x3c4f3840u)]
    [InlineData(0x00000000u, 0x00000000u, 0x00000000u, 0x00008000u, 0x00000000u, 0x00ff0000u, 0x00000000u, 0x00000000u, 0xf695ecbcu, 0x86558726u, 0xaea04b27u, 0x47007ed8u)]
    public void Ars4x32_10_MatchesRandom123KnownAnswers(
        uint c0, uint c1, uint c2, uint c3, uint k0, uint k1, uint k2, uint k3, uint x0, uint x1, uint x2, uint x3)
    {
        Span<Vector128<byte>> keys = stackalloc Vector128<byte>[11];
        Ars4x32.RoundKeys(k0, k1, k2, k3, keys);
        Vector128<byte> counter = Vector128.Create(c0, c1, c2, c3).AsByte();
        Vector128<uint> expected = Vector128.Create(x0, x1, x2, x3);

        Assert.Equal(expected, Ars4x32.SoftwareBlock(counter, keys));
        if (Ars4x32.IsHardwareAccelerated)
        {
            Assert.Equal(expected, Ars4x32.HardwareBlock(counter, keys));
        }

    }

    // Provenance: FIPS-197 (2001) Appendix B, the cipher example (input 3243f6a8…, key 2b7e1516…): the state at the
    // start of round 1, round key 1 and the state at the start of round 2. The last round (no MixColumns) is checked
    // by the known answers above and against AESENCLAST below.
    [Theory]
    [InlineData("193de3bea0f4e22b9ac68d2ae9f84808", "a0fafe1788542cb123a339392a6c7605", "a49c7ff2689f352b6b5bea43026a5049")]
    public void SoftwareRound_MatchesTheFips197CipherExample(string state, string roundKey, string expected)
    {
        Vector128<byte> result = Ars4x32.SoftwareRound(Bytes(state), Bytes(roundKey), mixColumns: true);
        Assert.Equal(Bytes(expected), result);
    }

    [Theory]
    [InlineData(0x00, 0x63)]
    [InlineData(0x01, 0x7c)]
    [InlineData(0x53, 0xed)]
    [InlineData(0x80, 0xcd)]
    [InlineData(0xff, 0x16)]
    public void SBox_MatchesFips197Figure7(int input, int expected)
    {
        // Provenance: FIPS-197 Figure 7 (S-box values); 0x53 ↦ 0xed is the worked example of §5.1.1.
        Assert.Equal((byte)expected, Ars4x32.Substitute((byte)input));
    }

    [Fact]
    public void SBox_IsTheInverseInGf256ThenTheAffineMap_ForAll256Bytes()
    {
        // FIPS-197 §5.1.1: b = x⁻¹ in GF(2⁸) mod x⁸ + x⁴ + x³ + x + 1 (0 ↦ 0; here x²⁵⁴, since x²⁵⁵ = 1), then
        // b ⊕ rotl(b, 1) ⊕ rotl(b, 2) ⊕ rotl(b, 3) ⊕ rotl(b, 4) ⊕ 0x63. Written independently of the table.
        static int Multiply(int a, int b)
        {
            int product = 0;
            for (; b != 0; b >>= 1, a = (a << 1) ^ ((a & 0x80) != 0 ? 0x11B : 0))
            {
                product ^= (b & 1) != 0 ? a : 0;
            }

            return product;
        }

        static int Rotate(int b, int n) => ((b << n) | (b >> (8 - n))) & 0xFF;
        var seen = new HashSet<byte>();
        for (int x = 0; x < 256; x++)
        {
            int inverse = 1;
            for (int e = 0; e < 254; e++)
            {
                inverse = Multiply(inverse, x);
            }

            Assert.True(x == 0 ? inverse == 0 : Multiply(inverse, x) == 1, $"inverse of {x:x2}");
            int expected = inverse ^ Rotate(inverse, 1) ^ Rotate(inverse, 2) ^ Rotate(inverse, 3) ^ Rotate(inverse, 4) ^ 0x63;
            Assert.Equal((byte)expected, Ars4x32.Substitute((byte)x));
            seen.Add(Ars4x32.Substitute((byte)x));
        }

        Assert.Equal(256, seen.Count); // a permutation
    }

    [Fact]
    public void SoftwareAndHardwareRounds_GiveTheSameBlocks()
    {
        if (!Ars4x32.IsHardwareAccelerated)
        {
            return; // nothing to compare on a machine without AES instructions (CI's x86 machines have them)
        }

        Span<Vector128<byte>> keys = stackalloc Vector128<byte>[Ars4x32.Rounds + 1];
        var source = new Philox4x32(20261202);
        for (uint i = 0; i < 2000; i++)
        {
            PhiloxBlock key = source.Block(i, 1);
            PhiloxBlock counter = source.Block(i, 2);
            Ars4x32.RoundKeys(key.X0, key.X1, key.X2, key.X3, keys);
            Vector128<byte> c = Vector128.Create(counter.X0, counter.X1, counter.X2, counter.X3).AsByte();
            Vector128<uint> software = Ars4x32.SoftwareBlock(c, keys);
            Assert.Equal(software, Ars4x32.HardwareBlock(c, keys));
            Assert.Equal(software, Ars4x32.HardwareBlock7(c, ref keys[0]).AsUInt32());
        }
    }

    [Theory]
    [InlineData(0u)]
    [InlineData(5u)]
    public void Lanes_GiveConsecutiveBlocksWordMajor_OnEveryFallback(uint draw)
    {
        // Lane l of word vector j is word j of block first + l; the fallbacks (no AVX2, no SSE2, no AES) give the same.
        Span<Vector128<byte>> keys = stackalloc Vector128<byte>[ArsLanes.KeyCount];
        Ars4x32.RoundKeys(0x0123_4567_89ab_cdeful, keys);
        const ulong first = 0xFFFF_FFFEul; // blocks crossing 2³² (counter word 1)
        const uint stream = 6;
        ArsLanes.Words8(first, draw, stream, ref keys[0], out Vector256<uint> x0, out Vector256<uint> x1, out Vector256<uint> x2, out Vector256<uint> x3);
        ArsLanes.Words8Halves(first, draw, stream, ref keys[0], out Vector256<uint> h0, out Vector256<uint> h1, out Vector256<uint> h2, out Vector256<uint> h3);
        Assert.Equal((x0, x1, x2, x3), (h0, h1, h2, h3));
        Vector256<uint>[] words = [x0, x1, x2, x3];
        for (int l = 0; l < 8; l++)
        {
            Vector128<uint> block = ArsLanes.SoftwareBlock(Ars4x32.Counter(first + (ulong)l, draw, stream), ref keys[0]);
            Assert.Equal(block, ArsLanes.Block(first + (ulong)l, draw, stream, ref keys[0]));
            for (int j = 0; j < 4; j++)
            {
                Assert.Equal(block[j], words[j][l]);
            }
        }

        Vector128<uint> a0 = Vector128.Create(0u, 1, 2, 3), a1 = Vector128.Create(4u, 5, 6, 7);
        Vector128<uint> a2 = Vector128.Create(8u, 9, 10, 11), a3 = Vector128.Create(12u, 13, 14, 15);
        ArsLanes.Transpose(a0, a1, a2, a3, out Vector128<uint> t0, out Vector128<uint> t1, out Vector128<uint> t2, out Vector128<uint> t3);
        ArsLanes.TransposeElementwise(a0, a1, a2, a3, out Vector128<uint> e0, out Vector128<uint> e1, out Vector128<uint> e2, out Vector128<uint> e3);
        Assert.Equal((Vector128.Create(0u, 4, 8, 12), Vector128.Create(1u, 5, 9, 13), Vector128.Create(2u, 6, 10, 14), Vector128.Create(3u, 7, 11, 15)), (t0, t1, t2, t3));
        Assert.Equal((t0, t1, t2, t3), (e0, e1, e2, e3));
    }

    [Fact]
    public void SeedAndCounter_MapToKeyAndCounterWords()
    {
        Span<Vector128<byte>> fromSeed = stackalloc Vector128<byte>[Ars4x32.Rounds + 1];
        Span<Vector128<byte>> fromWords = stackalloc Vector128<byte>[Ars4x32.Rounds + 1];
        Ars4x32.RoundKeys(0x299f31d0_a4093822ul, fromSeed);
        Ars4x32.RoundKeys(0xa4093822u, 0x299f31d0u, 0, 0, fromWords);
        Assert.True(fromSeed.SequenceEqual(fromWords));
        Assert.Equal(Vector128.Create(0x243f6a88u, 0x85a308d3u, 0x13198a2eu, 0x03707344u).AsByte(),
            Ars4x32.Counter(0x85a308d3_243f6a88ul, 0x13198a2eu, 0x03707344u));
    }

    [Fact]
    public void RoundKeys_RejectFewerThanTwoKeys()
    {
        var keys = new Vector128<byte>[1];
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Ars4x32.RoundKeys(1, 2, 3, 4, keys));
        Assert.Equal("keys", error.ParamName);
    }

    private static Vector128<byte> Bytes(string hex) => Vector128.Create(Convert.FromHexString(hex));
}
