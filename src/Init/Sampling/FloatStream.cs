namespace InitVerify.Init.Sampling;

/// <summary>
/// How a tensor's elements are drawn from the Philox stream (<see cref="DistributionSampler"/>): in double precision
/// (float tensors get the double values rounded) or in float32 (double tensors get the float values widened). Both
/// streams are counter-based: element i depends only on (seed, sub-stream, i), so the bits do not depend on the thread
/// count, the chunking or the SIMD width of the machine.
/// </summary>
public enum FloatStream
{
    /// <summary>
    /// The default: each float element is the double-precision draw rounded to nearest — exactly the float of the
    /// double fill of the same generator (53-bit uniforms from 64 Philox bits, double ln/sincos; two elements per
    /// Philox block for uniform and normal). Normal tails reach √(108 ln 2) ≈ 8.65σ. The published golden values.
    /// </summary>
    RoundedDouble = 0,

    /// <summary>
    /// Opt-in, faster: uniform and normal elements are computed in float32 arithmetic from one 32-bit Philox word each
    /// (four elements per block, in word-major tiles of 64 elements). Uniform: low + (high − low)·u with
    /// u = (⌊w/2⁸⌋ + ½)·2⁻²⁴, clamped to [low, high]. Normal: float Box-Muller with the radius uniform
    /// u₁ = fl((w_r·2⁸ + (w_a mod 2⁸) + ½)·2⁻⁴⁰) ≥ 2⁻⁴¹ and the angle (⌊w_a/2⁸⌋ + ½)·2⁻²⁴ turns, so tails reach
    /// √(82 ln 2) ≈ 7.54σ; mean + std·z by one fused multiply-add. A different sequence from
    /// <see cref="RoundedDouble"/> (same distribution, other bits). Truncated normals in Robert's normal-rejection regime
    /// ((a − μ)/σ &lt; 0 &lt; (b − μ)/σ, (b − a)/σ ≥ √(2π): PyTorch's trunc_normal_ default, Keras's ±2σ) are the
    /// normal element of draw 0, 1, 2, … of its block, up to the first inside the interval; constant targets are exact
    /// either way; other truncated normals use the <see cref="RoundedDouble"/> stream
    /// (<see cref="DistributionSampler.EffectiveStream"/>). The parameters a float32 stream draws with (uniform bounds and
    /// width, normal and truncated-normal mean, σ and bounds) must be finite in float32 (else
    /// ArgumentOutOfRangeException, before anything is written). A double tensor's uniform and
    /// normal elements are the float tensor's, widened exactly (float32 resolution at the float32 rate). The contract in
    /// full: the remarks of the sampler (src/Init/Sampling/Native32Sampler.cs).
    /// </summary>
    Native32 = 1,

    /// <summary>
    /// Opt-in, fastest on x86 CPUs with AES instructions: the <see cref="Native32"/> contract (same tiles, same uniform
    /// and normal transforms, same float32 range checks) on the words of ARS-7 blocks instead of Philox4x32-10 — the
    /// AES-round counter generator of Salmon et al. (2011), as Random123's ARS4x32 (seven rounds; key (seed, 0), counter
    /// (block, 0, stream)). Independent of the other streams' bits. Elsewhere the AES rounds run in software: the same
    /// bits, several times slower than <see cref="Native32"/>. The contract in full: the remarks of the sampler
    /// (src/Init/Sampling/Native32Sampler.cs) and of the generator (src/Init/Random/Ars4x32.cs).
    /// </summary>
    Native32Ars = 2,
}
