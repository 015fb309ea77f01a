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
/// software round (<see cref="SoftwareRound"/>, byte by byte through the S-box) gives the same bits — tested
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

    /// <summary>
    /// The AES S-box (FIPS-197 §5.1.1, Figure 7): the multiplicative inverse in GF(2⁸) mod x⁸ + x⁴ + x³ + x + 1
    /// (0 ↦ 0), then the affine map b ⊕ rotl(b, 1) ⊕ rotl(b, 2) ⊕ rotl(b, 3) ⊕ rotl(b, 4) ⊕ 0x63. Generated from that
    /// definition (a script, not transcribed by hand); ArsTests recomputes all 256 entries from it and checks Figure 7's
    /// entries.
    /// </summary>
    private static ReadOnlySpan<byte> SBox =>
    [
        0x63, 0x7c, 0x77, 0x7b, 0xf2, 0x6b, 0x6f, 0xc5, 0x30, 0x01, 0x67, 0x2b, 0xfe, 0xd7, 0xab, 0x76,
        0xca, 0x82, 0xc9, 0x7d, 0xfa, 0x59, 0x47, 0xf0, 0xad, 0xd4, 0xa2, 0xaf, 0x9c, 0xa4, 0x72, 0xc0,
        0xb7, 0xfd, 0x93, 0x26, 0x36, 0x3f, 0xf7, 0xcc, 0x34, 0xa5, 0xe5, 0xf1, 0x71, 0xd8, 0x31, 0x15,
        0x04, 0xc7, 0x23, 0xc3, 0x18, 0x96, 0x05, 0x9a, 0x07, 0x12, 0x80, 0xe2, 0xeb, 0x27, 0xb2, 0x75,
        0x09, 0x83, 0x2c, 0x1a, 0x1b, 0x6e, 0x5a, 0xa0, 0x52, 0x3b, 0xd6, 0xb3, 0x29, 0xe3, 0x2f, 0x84,
        0x53, 0xd1, 0x00, 0xed, 0x20, 0xfc, 0xb1, 0x5b, 0x6a, 0xcb, 0xbe, 0x39, 0x4a, 0x4c, 0x58, 0xcf,
        0xd0, 0xef, 0xaa, 0xfb, 0x43, 0x4d, 0x33, 0x85, 0x45, 0xf9, 0x02, 0x7f, 0x50, 0x3c, 0x9f, 0xa8,
        0x51, 0xa3, 0x40, 0x8f, 0x92, 0x9d, 0x38, 0xf5, 0xbc, 0xb6, 0xda, 0x21, 0x10, 0xff, 0xf3, 0xd2,
        0xcd, 0x0c, 0x13, 0xec, 0x5f, 0x97, 0x44, 0x17, 0xc4, 0xa7, 0x7e, 0x3d, 0x64, 0x5d, 0x19, 0x73,
        0x60, 0x81, 0x4f, 0xdc, 0x22, 0x2a, 0x90, 0x88, 0x46, 0xee, 0xb8, 0x14, 0xde, 0x5e, 0x0b, 0xdb,
        0xe0, 0x32, 0x3a, 0x0a, 0x49, 0x06, 0x24, 0x5c, 0xc2, 0xd3, 0xac, 0x62, 0x91, 0x95, 0xe4, 0x79,
        0xe7, 0xc8, 0x37, 0x6d, 0x8d, 0xd5, 0x4e, 0xa9, 0x6c, 0x56, 0xf4, 0xea, 0x65, 0x7a, 0xae, 0x08,
        0xba, 0x78, 0x25, 0x2e, 0x1c, 0xa6, 0xb4, 0xc6, 0xe8, 0xdd, 0x74, 0x1f, 0x4b, 0xbd, 0x8b, 0x8a,
        0x70, 0x3e, 0xb5, 0x66, 0x48, 0x03, 0xf6, 0x0e, 0x61, 0x35, 0x57, 0xb9, 0x86, 0xc1, 0x1d, 0x9e,
        0xe1, 0xf8, 0x98, 0x11, 0x69, 0xd9, 0x8e, 0x94, 0x9b, 0x1e, 0x87, 0xe9, 0xce, 0x55, 0x28, 0xdf,
        0x8c, 0xa1, 0x89, 0x0d, 0xbf, 0xe6, 0x42, 0x68, 0x41, 0x99, 0x2d, 0x0f, 0xb0, 0x54, 0xbb, 0x16,
    ];

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
                // FIPS-197 §5.1.3: rows of (2 3 1 1; 1 2 3 1; 1 1 2 3; 3 1 1 2) times the column, with 2a ⊕ 3b = 2(a ⊕ b) ⊕ b.
                t[4 * c] = (byte)(Times2(a0 ^ a1) ^ a1 ^ a2 ^ a3);
                t[(4 * c) + 1] = (byte)(a0 ^ Times2(a1 ^ a2) ^ a2 ^ a3);
                t[(4 * c) + 2] = (byte)(a0 ^ a1 ^ Times2(a2 ^ a3) ^ a3);
                t[(4 * c) + 3] = (byte)(Times2(a3 ^ a0) ^ a0 ^ a1 ^ a2);
            }
        }

        return Vector128.Create((ReadOnlySpan<byte>)t) ^ roundKey;
    }

    /// <summary>The S-box entry of one byte (for the FIPS-197 table checks).</summary>
    internal static byte Substitute(byte value) => SBox[value];

    /// <summary>x·b in GF(2⁸) mod x⁸ + x⁴ + x³ + x + 1 (FIPS-197 §4.2.1, xtime): shift left, reduce by 0x11B on overflow.</summary>
    private static int Times2(int b) => (b << 1) ^ ((b & 0x80) != 0 ? 0x11B : 0);
}
