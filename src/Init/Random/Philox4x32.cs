using System.Runtime.CompilerServices;

namespace InitVerify.Init.Random;

/// <summary>
/// Philox4x32-10, a counter-based pseudo-random generator: every output block is a pure function of
/// (key, counter), so any element of a tensor can be generated independently of every other one.
/// A parallel fill that splits the tensor anywhere is therefore bit-identical to the serial fill.
/// </summary>
/// <remarks>
/// Salmon, Moraes, Dror and Shaw (2011), "Parallel random numbers: as easy as 1, 2, 3", SC'11.
/// Constants are the paper's (and Random123's) multipliers and Weyl key increments.
/// Counter layout used by this library: (c0, c1) = 64-bit block index, c2 = draw number (for rejection
/// samplers that need several blocks per element), c3 = stream (an independent sub-stream of the seed).
/// The key is the 64-bit seed. Nothing is global or time-based.
/// </remarks>
public readonly record struct Philox4x32
{
    // Multipliers and Weyl increments: Salmon et al. (2011), Random123 philox.h (PHILOX_M4x32_0/1, PHILOX_W32_0/1).
    internal const uint M0 = 0xD2511F53u;
    internal const uint M1 = 0xCD9E8D57u;
    internal const uint W0 = 0x9E3779B9u;
    internal const uint W1 = 0xBB67AE85u;

    /// <summary>Creates a generator for a seed and a sub-stream of it.</summary>
    /// <param name="seed">The 64-bit key; any value.</param>
    /// <param name="stream">A sub-stream number; generators with the same seed and different streams are independent.</param>
    public Philox4x32(ulong seed, uint stream = 0)
    {
        Seed = seed;
        Stream = stream;
    }

    /// <summary>The 64-bit key.</summary>
    public ulong Seed { get; }

    /// <summary>The sub-stream number (the fourth counter word).</summary>
    public uint Stream { get; }

    /// <summary>A generator on another sub-stream of the same seed (e.g. one per layer).</summary>
    /// <param name="stream">Any sub-stream number.</param>
    public Philox4x32 WithStream(uint stream) => new(Seed, stream);

    /// <summary>The 128-bit output block for a block index and a draw number.</summary>
    /// <param name="index">The block index (an element or element-pair index).</param>
    /// <param name="draw">The draw number within that index (0 for samplers that need one block).</param>
    public PhiloxBlock Block(ulong index, uint draw = 0) =>
        Philox4x32_10((uint)index, HighWord(index), draw, Stream, (uint)Seed, HighWord(Seed));

    /// <summary>
    /// The block index of element i in the fills that take one 64-bit word per element (uniform, normal, truncated
    /// normal): elements 2k and 2k + 1 share block k, the even one its words 0–1, the odd one its words 2–3.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static ulong PairBlock(ulong element) => element >> 1;

    /// <summary>The upper 32 bits of a 64-bit value (the key's k1, a counter's c1, the high half of a product).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static uint HighWord(ulong value) => (uint)(value >> 32);

    /// <summary>The raw Philox4x32-10 bijection of a counter under a key (as in Random123's known-answer tests).</summary>
    /// <param name="c0">Counter word 0.</param>
    /// <param name="c1">Counter word 1.</param>
    /// <param name="c2">Counter word 2.</param>
    /// <param name="c3">Counter word 3.</param>
    /// <param name="k0">Key word 0.</param>
    /// <param name="k1">Key word 1.</param>
    public static PhiloxBlock Philox4x32_10(uint c0, uint c1, uint c2, uint c3, uint k0, uint k1)
    {
        // The counter is unsigned so that a reversed step (round--) wraps to uint.MaxValue and ends the loop at once: a
        // wrong block, caught by the known-answer tests, rather than a loop of 2^31 rounds per block.
        for (uint round = 0; round < 10; round++)
        {
            if (round > 0)
            {
                k0 += W0;
                k1 += W1;
            }

            ulong p0 = (ulong)M0 * c0;
            ulong p1 = (ulong)M1 * c2;
            uint n0 = HighWord(p1) ^ c1 ^ k0;
            uint n1 = (uint)p1;
            uint n2 = HighWord(p0) ^ c3 ^ k1;
            uint n3 = (uint)p0;
            c0 = n0;
            c1 = n1;
            c2 = n2;
            c3 = n3;
        }

        return new PhiloxBlock(c0, c1, c2, c3);
    }
}

/// <summary>One 128-bit Philox output block: four 32-bit words, or two 53-bit uniforms.</summary>
/// <param name="X0">Word 0.</param>
/// <param name="X1">Word 1.</param>
/// <param name="X2">Word 2.</param>
/// <param name="X3">Word 3.</param>
public readonly record struct PhiloxBlock(uint X0, uint X1, uint X2, uint X3)
{
    // 2^-53: the spacing of the 53-bit uniform grid.
    private const double TwoPowMinus53 = 1.0 / 9007199254740992.0;

    /// <summary>The first uniform in (0, 1] (see ToOpenUnit), from words 0 and 1: (k + 1/2)·2⁻⁵³ with k a 53-bit integer.</summary>
    public double Uniform0
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ToOpenUnit(((ulong)X1 << 32) | X0);
    }

    /// <summary>The second uniform in (0, 1] (see ToOpenUnit), from words 2 and 3.</summary>
    public double Uniform1
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ToOpenUnit(((ulong)X3 << 32) | X2);
    }

    /// <summary>
    /// Maps 64 random bits to (0, 1] on the 53-bit grid, so that 0 never occurs and ln(u) is
    /// finite: the smallest value is 2⁻⁵⁴. (k + ½)·2⁻⁵³ is rounded to double, so for k ≥ 2⁵² it rounds to an even
    /// neighbour and the top point k = 2⁵³ − 1 gives exactly 1 (probability 2⁻⁵³; ln 1 = 0 is harmless).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double ToOpenUnit(ulong bits) => ((bits >> 11) + 0.5) * TwoPowMinus53;
}
