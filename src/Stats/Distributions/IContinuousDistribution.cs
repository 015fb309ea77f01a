namespace InitVerify.Stats.Distributions;

/// <summary>
/// A one-dimensional distribution that goodness-of-fit and moment tests compare a sample against: its CDF,
/// quantile function, support and the moments the moment tests need.
/// </summary>
public interface IContinuousDistribution
{
    /// <summary>The expected value μ.</summary>
    double Mean { get; }

    /// <summary>The variance σ² = E(X − μ)².</summary>
    double Variance { get; }

    /// <summary>The fourth central moment μ₄ = E(X − μ)⁴ (the kurtosis is μ₄/σ⁴).</summary>
    double FourthCentralMoment { get; }

    /// <summary>The lower end of the support (−∞ when unbounded).</summary>
    double Lower { get; }

    /// <summary>The upper end of the support (+∞ when unbounded).</summary>
    double Upper { get; }

    /// <summary>F(x) = P(X ≤ x), in [0, 1] and nondecreasing.</summary>
    /// <param name="x">Any value; below the support gives 0, above it 1.</param>
    double Cdf(double x);

    /// <summary>
    /// The survival function 1 − F(x) = P(X &gt; x). The default subtracts <see cref="Cdf(double)"/> from 1;
    /// implementations override it to keep relative accuracy in the upper tail.
    /// </summary>
    /// <param name="x">Any value.</param>
    double Survival(double x) => 1.0 - Cdf(x);

    /// <summary>
    /// Evaluates F at every element of <paramref name="x"/> into <paramref name="destination"/> (same length;
    /// the two may be the same memory). Implementations override it with a tight loop for large samples.
    /// </summary>
    /// <param name="x">The points.</param>
    /// <param name="destination">Receives F(x[i]); its length must equal that of <paramref name="x"/>.</param>
    /// <exception cref="ArgumentException">The lengths differ.</exception>
    void Cdf(ReadOnlySpan<double> x, Span<double> destination)
    {
        if (destination.Length != x.Length)
        {
            throw new ArgumentException($"destination must have the length of x ({x.Length}), not {destination.Length}.", nameof(destination));
        }

        for (int i = 0; i < x.Length; i++)
        {
            destination[i] = Cdf(x[i]);
        }
    }

    /// <summary>The quantile function F⁻¹(p) = inf{x : F(x) ≥ p}.</summary>
    /// <param name="p">Probability in [0, 1]; 0 gives <see cref="Lower"/>, 1 gives <see cref="Upper"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="p"/> outside [0, 1] or NaN.</exception>
    double Quantile(double p);

    /// <summary>A readable description with the parameters, e.g. <c>N(μ=0, σ=1)</c>.</summary>
    string ToString();
}
