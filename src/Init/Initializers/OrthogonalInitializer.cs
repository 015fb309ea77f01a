using System.Numerics;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Init.Initializers;

/// <summary>
/// Orthogonal initialization (Saxe, McClelland and Ganguli 2013): the weight, viewed as a rows × cols matrix
/// with rows = shape[0] and cols = the product of the other dimensions, is gain × a Haar-random matrix with
/// orthonormal rows (rows ≤ cols, W Wᵀ = gain² I) or orthonormal columns (rows ≥ cols, Wᵀ W = gain² I).
/// Algorithm: QR of a standard Gaussian matrix with the sign fix Q·diag(sign(diag R)) (Mezzadri 2007).
/// </summary>
public sealed class OrthogonalInitializer : Initializer
{
    /// <summary>Creates an orthogonal initializer.</summary>
    /// <param name="gain">Gain, finite and &gt; 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">Gain outside its range.</exception>
    public OrthogonalInitializer(double gain = 1.0)
    {
        Gain = Guard.PositiveFinite(gain, nameof(gain));
    }

    /// <summary>The gain.</summary>
    public double Gain { get; }

    /// <inheritdoc/>
    public override string Name => Gain == 1.0 ? "orthogonal" : $"orthogonal(gain={Gain:R})";

    /// <inheritdoc/>
    public override int MinimumRank => 2;

    /// <inheritdoc/>
    protected override WeightDistribution TargetCore(ReadOnlySpan<int> shape)
    {
        (int rows, int cols) = Matrix(shape);
        return WeightDistribution.Orthogonal(Gain, rows, cols);
    }

    private protected override void FillCore<T>(ReadOnlySpan<int> shape, WeightDistribution target, Span<T> destination, Philox4x32 generator)
    {
        (int rows, int cols) = Matrix(shape);
        OrthogonalSampler.Fill(destination, rows, cols, Gain, generator);
    }

    private static (int Rows, int Cols) Matrix(ReadOnlySpan<int> shape) => (shape[0], Count(shape[1..]));

    private static int Count(ReadOnlySpan<int> dims)
    {
        int count = 1;
        foreach (int d in dims)
        {
            count *= d;
        }

        return count;
    }
}
