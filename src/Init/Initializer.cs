using System.Numerics;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;
using InitVerify.Init.Shapes;

namespace InitVerify.Init;

/// <summary>
/// A weight initializer: fills a destination span holding a weight of a given shape (row-major) with
/// values drawn from <see cref="Target"/>, using an explicit seed or generator.
/// </summary>
/// <remarks>
/// Every fill validates first (shape, destination length, then the target distribution's parameters)
/// and writes only when everything is valid: a failed call leaves the destination untouched.
/// The same (shape, seed) gives the same bits for float and double alike: the float fill is the double
/// fill rounded to nearest (and under the opt-in <see cref="FloatStream.Native32"/>, the double fill is the float fill
/// widened). Large element-wise fills (≥ 2¹⁸ elements) run in parallel chunks and give the
/// same bits as the serial fill, whatever the number of threads.
/// </remarks>
public abstract class Initializer
{
    /// <summary>A short, stable, lower-case name, e.g. <c>he-normal</c>.</summary>
    public abstract string Name { get; }

    /// <summary>The smallest rank this initializer accepts (2 where fans or a matrix are needed, else 0).</summary>
    public virtual int MinimumRank => 0;

    /// <summary>The distribution every element of a weight of this shape is drawn from.</summary>
    /// <param name="shape">Weight shape: every dimension ≥ 1, rank ≥ <see cref="MinimumRank"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">Invalid shape.</exception>
    public WeightDistribution Target(ReadOnlySpan<int> shape)
    {
        WeightShape.ElementCount(shape, MinimumRank);
        return TargetCore(shape);
    }

    /// <summary>Fills a float weight.</summary>
    /// <param name="shape">Weight shape: every dimension ≥ 1, product = destination length.</param>
    /// <param name="destination">Receives the weight in row-major order.</param>
    /// <param name="seed">The seed; any value.</param>
    public void Fill(ReadOnlySpan<int> shape, Span<float> destination, ulong seed) =>
        FillChecked(shape, destination, new Philox4x32(seed));

    /// <summary>Fills a float weight from a generator (seed and sub-stream).</summary>
    /// <param name="shape">Weight shape: every dimension ≥ 1, product = destination length.</param>
    /// <param name="destination">Receives the weight in row-major order.</param>
    /// <param name="generator">The counter-based generator.</param>
    public void Fill(ReadOnlySpan<int> shape, Span<float> destination, Philox4x32 generator) =>
        FillChecked(shape, destination, generator);

    /// <summary>
    /// Fills a float weight from the chosen <see cref="FloatStream"/>: <see cref="FloatStream.RoundedDouble"/> is the
    /// overload without it (the double fill rounded); <see cref="FloatStream.Native32"/> draws uniform and normal
    /// targets in float32, one Philox word per element (faster; other bits, same distribution; normal tails to 7.54σ;
    /// see <see cref="FloatStream"/>); <see cref="FloatStream.Native32Ars"/> the same on ARS-7 (AES-round) words, faster
    /// on x86 with AES-NI. Constant and orthogonal targets, and truncated normals outside the normal-rejection regime, use
    /// the rounded-double stream (<see cref="DistributionSampler.EffectiveStream"/>).
    /// </summary>
    /// <param name="shape">Weight shape: every dimension ≥ 1, product = destination length.</param>
    /// <param name="destination">Receives the weight in row-major order.</param>
    /// <param name="generator">The counter-based generator.</param>
    /// <param name="stream">A defined <see cref="FloatStream"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stream"/> is not defined (or is
    /// a float32 stream (<see cref="FloatStream.Native32"/>, <see cref="FloatStream.Native32Ars"/>) for a target whose parameters are beyond float32's range), or the shape is invalid.</exception>
    public void Fill(ReadOnlySpan<int> shape, Span<float> destination, Philox4x32 generator, FloatStream stream) =>
        FillFromStream(shape, destination, generator, stream);

    /// <summary>Fills a double weight.</summary>
    /// <param name="shape">Weight shape: every dimension ≥ 1, product = destination length.</param>
    /// <param name="destination">Receives the weight in row-major order.</param>
    /// <param name="seed">The seed; any value.</param>
    public void Fill(ReadOnlySpan<int> shape, Span<double> destination, ulong seed) =>
        FillChecked(shape, destination, new Philox4x32(seed));

    /// <summary>Fills a double weight from a generator (seed and sub-stream).</summary>
    /// <param name="shape">Weight shape: every dimension ≥ 1, product = destination length.</param>
    /// <param name="destination">Receives the weight in row-major order.</param>
    /// <param name="generator">The counter-based generator.</param>
    public void Fill(ReadOnlySpan<int> shape, Span<double> destination, Philox4x32 generator) =>
        FillChecked(shape, destination, generator);

    /// <summary>
    /// Fills a double weight from the chosen <see cref="FloatStream"/>: <see cref="FloatStream.RoundedDouble"/> is the
    /// overload without it; under <see cref="FloatStream.Native32"/> and <see cref="FloatStream.Native32Ars"/> uniform
    /// and normal targets get that float stream's fill widened exactly (float32 resolution at the float32 rate; see
    /// <see cref="FloatStream"/>). Targets the float32 streams do not draw (<see cref="DistributionSampler.EffectiveStream"/>)
    /// are the double fill under every stream.
    /// </summary>
    /// <param name="shape">Weight shape: every dimension ≥ 1, product = destination length.</param>
    /// <param name="destination">Receives the weight in row-major order.</param>
    /// <param name="generator">The counter-based generator.</param>
    /// <param name="stream">A defined <see cref="FloatStream"/> value.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="stream"/> is not defined (or is
    /// a float32 stream (<see cref="FloatStream.Native32"/>, <see cref="FloatStream.Native32Ars"/>) for a target whose parameters are beyond float32's range), or the shape is invalid.</exception>
    public void Fill(ReadOnlySpan<int> shape, Span<double> destination, Philox4x32 generator, FloatStream stream) =>
        FillFromStream(shape, destination, generator, stream);

    /// <inheritdoc/>
    public override string ToString() => Name;

    /// <summary>The target distribution for an already validated shape.</summary>
    /// <param name="shape">A shape that passed validation.</param>
    protected abstract WeightDistribution TargetCore(ReadOnlySpan<int> shape);

    /// <summary>Writes the sample; called only after every argument was validated.</summary>
    /// <typeparam name="T">float or double.</typeparam>
    /// <param name="shape">The validated shape.</param>
    /// <param name="target">The validated target distribution.</param>
    /// <param name="destination">The destination, of the shape's length.</param>
    /// <param name="generator">The generator.</param>
    private protected virtual void FillCore<T>(ReadOnlySpan<int> shape, WeightDistribution target, Span<T> destination, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T> =>
        ElementSampler.FillTensor(target, destination, generator, Environment.ProcessorCount);

    private void FillFromStream<T>(ReadOnlySpan<int> shape, Span<T> destination, Philox4x32 generator, FloatStream stream)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        Guard.Defined(stream, nameof(stream));
        WeightShape.Validate(shape, destination.Length, MinimumRank);
        WeightDistribution target = TargetCore(shape);
        if (stream != FloatStream.RoundedDouble && target.Kind != DistributionKind.Orthogonal)
        {
            ElementSampler.FillTensor(target, destination, generator, stream, Environment.ProcessorCount);
        }
        else
        {
            FillCore(shape, target, destination, generator);
        }
    }

    private void FillChecked<T>(ReadOnlySpan<int> shape, Span<T> destination, Philox4x32 generator)
        where T : unmanaged, IFloatingPointIeee754<T>
    {
        WeightShape.Validate(shape, destination.Length, MinimumRank);
        WeightDistribution target = TargetCore(shape);
        FillCore(shape, target, destination, generator);
    }
}
