using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using X86Aes = System.Runtime.Intrinsics.X86.Aes;

namespace InitVerify.Init.Random;

/// <summary>
/// ARS4x32-R (Advanced Randomization System), the AES-based counter generator of Salmon, Moraes, Dror and Shaw (2011),
/// "Parallel random numbers: as easy as 1, 2, 3", SC'11: the 128-bit output block is R rounds of the AES round
/// function applied to (counter ⊕ k₀), the round keys a Weyl sequence k_{r+1} = k_r + w in two 64-bit lanes. The
/// library runs R = <see cref="Rounds"/> = 7, Random123's default ARS4x32 (the paper found 5 rounds Crush-resistant).
/// </summary>
/// <remarks>
/// <para>v ← c ⊕ k₀; then R − 1 times k ← k + w, v ← AESENC(v, k); then k ← k + w, v ← AESENCLAST(v, k). AESENC is
/// one full AES encryption round (FIPS-197 §5.1: SubBytes, ShiftRows, MixColumns, AddRoundKey), AESENCLAST the final
/// round without MixColumns. Words are little-endian: counter and key word j are bytes 4j .. 4j + 3 of the AES state.
/// Counter layout as for <see cref="Philox4x32"/>: (c₀, c₁) = 64-bit block index, c₂ = draw, c₃ = stream; the key is
/// (seed low, seed high, 0, 0).</para>
/// <para>On x86 with AES-NI the rounds are the <c>AESENC</c>/<c>AESENCLAST</c> instructions; elsewhere a table-free
/// software round (<see cref="SoftwareRound"/>, the S-box computed from its definition) gives the same bits — tested
/// against each other and against Random123's known answers — at a fraction of the speed.</para>
/// </remarks>
internal static class Ars4x32
{
    /// <summary>Rounds of the library's ARS (Random123's ARS4x32 default, <c>ars4x32_rounds = 7</c>).</summary>
    internal const int Rounds = 7;

    // The Weyl key increment, Random123 ars.h (kweyl): 64-bit lane 0 = the golden ratio's fractional part,
    // lane 1 = that of √3 (the same constants as Philox's 32-bit W0 and W1, at 64 bits).
    internal const ulong Weyl0 = 0x9E3779B97F4A7C15ul;
    internal const ulong Weyl1 = 0xBB67AE8584CAA73Bul;

    // The AES S-box (FIPS-197 §5.1.1): the multiplicative inverse in GF(2⁸) mod x⁸ + x⁴ + x³ + x + 1 (0 ↦ 0), then
    // the affine map b ⊕ rotl(b, 1) ⊕ rotl(b, 2) ⊕ rotl(b, 3) ⊕ rotl(b, 4) ⊕ 0x63. Computed, not transcribed.
    private static readonly byte[] SBox = BuildSBox();

    /// <summary>Whether the rounds run on the AES instructions (x86 AES-NI) rather than the software round.</summary>
    internal static bool IsHardwareAccelerated => X86Aes.IsSupported;

    /// <summary>The R + 1 round keys k₀ .. k_R of the 128-bit key (k0, k1, k2, k3).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="keys"/> holds fewer than 2 keys (R ≥ 1).</exception>
    internal static void RoundKeys(uint k0, uint k1, uint k2, uint k3, Span<Vector128<byte>> keys)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(keys.Length, 2, nameof(keys));
        Vector128<ulong> key = Vector128.Create(k0 | ((ulong)k1 << 32), k2 | ((ulong)k3 << 32));
        Vector128<ulong> weyl = Vector128.Create(Weyl0, Weyl1);
        for (int r = 0; r < keys.Length; r++)
        {
            keys[r] = key.AsByte();
            key += weyl;
        }
    }

    /// <summary>The <see cref="Rounds"/> + 1 round keys of a 64-bit seed: key words (seed low, seed high, 0, 0).</summary>
    internal static void RoundKeys(ulong seed, Span<Vector128<byte>> keys) =>
        RoundKeys((uint)seed, Philox4x32.HighWord(seed), 0, 0, keys);

    /// <summary>The counter (block low, block high, draw, stream) as an AES state.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> Counter(ulong block, uint draw, uint stream) =>
        Vector128.Create(block, draw | ((ulong)stream << 32)).AsByte();

    /// <summary>ARS with keys.Length − 1 rounds on AES-NI (callers check <see cref="IsHardwareAccelerated"/>; the fills
    /// choose between this form and <see cref="SoftwareBlock"/> in <see cref="ArsLanes"/>).</summary>
    internal static Vector128<uint> HardwareBlock(Vector128<byte> counter, ReadOnlySpan<Vector128<byte>> keys)
    {
        Vector128<byte> v = counter ^ keys[0];
        for (int r = 1; r < keys.Length - 1; r++)
        {
            v = X86Aes.Encrypt(v, keys[r]);
        }

        return X86Aes.EncryptLast(v, keys[^1]).AsUInt32();
    }

    /// <summary>ARS with keys.Length − 1 rounds on the software round: the same bits as <see cref="HardwareBlock"/> on every machine.</summary>
    internal static Vector128<uint> SoftwareBlock(Vector128<byte> counter, ReadOnlySpan<Vector128<byte>> keys)
    {
        Vector128<byte> v = counter ^ keys[0];
        for (int r = 1; r < keys.Length - 1; r++)
        {
            v = SoftwareRound(v, keys[r], mixColumns: true);
        }

        return SoftwareRound(v, keys[^1], mixColumns: false).AsUInt32();
    }

    /// <summary>
    /// The library's seven-round block for <see cref="Rounds"/> + 1 consecutive keys from <paramref name="keys"/>, on AES-NI
    /// (the fill loops' form: no span, no loop; callers check <see cref="IsHardwareAccelerated"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static Vector128<byte> HardwareBlock7(Vector128<byte> counter, ref Vector128<byte> keys)
    {
        Vector128<byte> v = counter ^ keys;
        v = X86Aes.Encrypt(v, Unsafe.Add(ref keys, 1));
        v = X86Aes.Encrypt(v, Unsafe.Add(ref keys, 2));
        v = X86Aes.Encrypt(v, Unsafe.Add(ref keys, 3));
        v = X86Aes.Encrypt(v, Unsafe.Add(ref keys, 4));
        v = X86Aes.Encrypt(v, Unsafe.Add(ref keys, 5));
        v = X86Aes.Encrypt(v, Unsafe.Add(ref keys, 6));
        return X86Aes.EncryptLast(v, Unsafe.Add(ref keys, 7));
    }

    /// <summary>
    /// One AES encryption round as x86 AESENC (<paramref name="mixColumns"/>) or AESENCLAST (without): state byte
    /// 4c + r is row r of column c; ShiftRows moves row r left by r columns.
    /// </summary>
    internal static Vector128<byte> SoftwareRound(Vector128<byte> state, Vector128<byte> roundKey, bool mixColumns)
    {
        Span<byte> s = stackalloc byte[16];
        Span<byte> t = stackalloc byte[16];
        state.CopyTo(s);
        for (int c = 0; c < 4; c++)
        {
            for (int r = 0; r < 4; r++)
            {
                t[(4 * c) + r] = SBox[s[(4 * ((c + r) & 3)) + r]];
            }
        }

        if (mixColumns)
        {
            for (int c = 0; c < 4; c++)
            {
                byte a0 = t[4 * c], a1 = t[(4 * c) + 1], a2 = t[(4 * c) + 2], a3 = t[(4 * c) + 3];
                t[4 * c] = (byte)(Times2(a0) ^ Times2(a1) ^ a1 ^ a2 ^ a3);
                t[(4 * c) + 1] = (byte)(a0 ^ Times2(a1) ^ Times2(a2) ^ a2 ^ a3);
                t[(4 * c) + 2] = (byte)(a0 ^ a1 ^ Times2(a2) ^ Times2(a3) ^ a3);
                t[(4 * c) + 3] = (byte)(Times2(a0) ^ a0 ^ a1 ^ a2 ^ Times2(a3));
            }
        }

        return Vector128.Create((ReadOnlySpan<byte>)t) ^ roundKey;
    }

    /// <summary>The S-box entry of one byte (for the FIPS-197 table checks).</summary>
    internal static byte Substitute(byte value) => SBox[value];

    /// <summary>x·b in GF(2⁸) mod x⁸ + x⁴ + x³ + x + 1 (FIPS-197 §4.2.1, xtime): shift left, reduce by 0x11B on overflow.</summary>
    private static int Times2(int b) => (b << 1) ^ ((b & 0x80) != 0 ? 0x11B : 0);

    private static byte[] BuildSBox()
    {
        var box = new byte[256];
        for (int x = 0; x < 256; x++)
        {
            // The inverse is x²⁵⁴ (x²⁵⁵ = 1 for x ≠ 0 in GF(2⁸)), and 0²⁵⁴ = 0 as FIPS-197 defines it.
            int inverse = 1;
            for (int e = 0; e < 254; e++)
            {
                inverse = Multiply(inverse, x);
            }

            box[x] = (byte)(inverse ^ RotateLeft(inverse, 1) ^ RotateLeft(inverse, 2) ^ RotateLeft(inverse, 3) ^ RotateLeft(inverse, 4) ^ 0x63);
        }

        return box;
    }

    /// <summary>a·b in GF(2⁸) (FIPS-197 §4.2): a·xᵏ added for every set bit k of b.</summary>
    private static int Multiply(int a, int b)
    {
        int product = 0;
        for (int bit = 1; bit != 0x100; bit <<= 1)
        {
            if ((b & bit) != 0)
            {
                product ^= a;
            }

            a = Times2(a);
        }

        return product;
    }

    /// <summary>The byte b rotated left by <paramref name="count"/> bits (b repeated in every byte of a word, rotated).</summary>
    private static int RotateLeft(int b, int count) => (int)(BitOperations.RotateLeft((uint)b * 0x01010101u, count) & 0xFF);
}
