namespace InitVerify.Init.Shapes;

/// <summary>
/// Validation of a weight shape against a destination: every dimension ≥ 1, the element count fits in a
/// span (≤ <see cref="int.MaxValue"/>), and the destination length equals it.
/// </summary>
/// <remarks>
/// Zero-element shapes are rejected (a dimension of 0 is outside the allowed range 1..int.MaxValue): an
/// initializer asked to fill nothing is almost always a shape bug (bug class 7 of the reference), and one
/// rule for every initializer is easier to rely on than a silent no-op for some and an error for others.
/// A rank-0 shape (a scalar) has one element; initializers that need fans require rank ≥ 2.
/// </remarks>
public static class WeightShape
{
    /// <summary>The number of elements of a shape, validated.</summary>
    /// <param name="shape">Dimensions, each in 1..int.MaxValue, product ≤ int.MaxValue.</param>
    /// <param name="minimumRank">The smallest rank the caller accepts (0 to 2).</param>
    /// <exception cref="ArgumentOutOfRangeException">A dimension is &lt; 1, the product overflows, or the rank is too small.</exception>
    public static int ElementCount(ReadOnlySpan<int> shape, int minimumRank = 0)
    {
        if (shape.Length < minimumRank)
        {
            Guard.ThrowOutOfRange("shape", Format(shape),
                $"must have rank ≥ {minimumRank} for this initializer (fans need [out, in, k...] or [k..., in, out]); rank was {shape.Length}");
        }

        long count = 1;
        for (int i = 0; i < shape.Length; i++)
        {
            if (shape[i] < 1)
            {
                Guard.ThrowOutOfRange("shape", Format(shape),
                    $"dimension {i} is {shape[i]}; every dimension must be in 1..{int.MaxValue} (zero-element shapes are rejected)");
            }

            count *= shape[i];
            if (count > int.MaxValue)
            {
                Guard.ThrowOutOfRange("shape", Format(shape),
                    $"has more than {int.MaxValue} elements, the most a span can hold");
            }
        }

        return (int)count;
    }

    /// <summary>Validates a shape and checks that the destination holds exactly its elements.</summary>
    /// <param name="shape">The weight shape.</param>
    /// <param name="destinationLength">The destination span's length.</param>
    /// <param name="minimumRank">The smallest rank the caller accepts.</param>
    /// <exception cref="ArgumentException">The destination length differs from the element count.</exception>
    public static int Validate(ReadOnlySpan<int> shape, int destinationLength, int minimumRank = 0)
    {
        int count = ElementCount(shape, minimumRank);
        if (destinationLength != count)
        {
            Guard.ThrowArgument("destination",
                $"destination has length {destinationLength} but shape {Format(shape)} has {count} elements; they must be equal.");
        }

        return count;
    }

    /// <summary>Formats a shape as <c>[d0, d1, ...]</c>.</summary>
    /// <param name="shape">Any dimensions.</param>
    public static string Format(ReadOnlySpan<int> shape) => "[" + string.Join(", ", shape.ToArray()) + "]";
}
