using InitVerify.Propagation.Network;

namespace InitVerify.Propagation.Theory;

/// <summary>
/// The mean-field (infinite-width) theory of signal propagation through a random dense stack: the length map of
/// the pre-activation second moment and its backward counterpart.
/// </summary>
/// <remarks>
/// Poole, Lahiri, Raghu, Sohl-Dickstein and Ganguli (2016), "Exponential expressivity in deep neural networks
/// through transient chaos", eq. 3; Schoenholz, Gilmer, Ganguli and Sohl-Dickstein (2017), "Deep information
/// propagation", eqs. 3 and 10. With σ_w² = fan_in·Var(w) and σ_b² = E[b²]:
/// q_l = σ_w²·E[φ(√q_{l−1}·z)²] + σ_b², and χ(q) = σ_w²·E[φ′(√q·z)²] is the per-layer gain of the gradient's
/// second moment (with σ_w² = fan_out·Var(w) for the backward direction). For ReLU E[φ²] = q/2, which is He et
/// al. (2015)'s Var[y_L] = Var[y_1]·Π ½·n_l·Var[w_l]. Expectations by <see cref="NormalExpectation"/>.
/// The theory assumes zero-mean weights (σ_w² uses the variance; a weight mean is ignored).
/// </remarks>
public static class MeanField
{
    /// <summary>E[φ(√q·z)²], z ~ N(0, 1).</summary>
    /// <param name="activation">φ.</param>
    /// <param name="q">Pre-activation second moment q ≥ 0.</param>
    public static double ActivationSecondMoment(Activation activation, double q)
    {
        if (activation.Kind == ActivationKind.Relu)
        {
            // Closed form: E[relu(√q z)²] = q/2 (half of E[(√q z)²], by symmetry).
            return Guard.NonNegativeFinite(q, nameof(q)) / 2;
        }

        if (activation.Kind == ActivationKind.Identity)
        {
            return Guard.NonNegativeFinite(q, nameof(q));
        }

        return NormalExpectation.Of(y => Square(activation.Value(y)), q);
    }

    /// <summary>E[φ′(√q·z)²], z ~ N(0, 1).</summary>
    /// <param name="activation">φ.</param>
    /// <param name="q">Pre-activation second moment q ≥ 0.</param>
    public static double DerivativeSecondMoment(Activation activation, double q) =>
        NormalExpectation.Of(y => Square(activation.Derivative(y)), q);

    /// <summary>The length map q ↦ σ_w²·E[φ(√q·z)²] + σ_b².</summary>
    /// <param name="activation">φ.</param>
    /// <param name="weightVariance">σ_w² = fan_in·Var(w) ≥ 0.</param>
    /// <param name="biasSecondMoment">σ_b² = E[b²] ≥ 0.</param>
    /// <param name="q">The previous layer's pre-activation second moment q ≥ 0.</param>
    public static double LengthMap(Activation activation, double weightVariance, double biasSecondMoment, double q)
    {
        Guard.NonNegativeFinite(weightVariance, nameof(weightVariance));
        Guard.NonNegativeFinite(biasSecondMoment, nameof(biasSecondMoment));
        return weightVariance * ActivationSecondMoment(activation, q) + biasSecondMoment;
    }

    /// <summary>The slope dq_l/dq_{l−1} of the length map: σ_w²·E[φ(√q z)·φ′(√q z)·z]/√q.</summary>
    /// <param name="activation">φ.</param>
    /// <param name="weightVariance">σ_w² ≥ 0.</param>
    /// <param name="q">q &gt; 0.</param>
    public static double LengthMapSlope(Activation activation, double weightVariance, double q)
    {
        Guard.NonNegativeFinite(weightVariance, nameof(weightVariance));
        Guard.PositiveFinite(q, nameof(q));
        double root = Math.Sqrt(q);
        return weightVariance * NormalExpectation.Of(z => activation.Value(root * z) * activation.Derivative(root * z) * z) / root;
    }

    /// <summary>χ = σ_w²·E[φ′(√q·z)²]: the factor by which one layer multiplies the gradient's second moment.</summary>
    /// <param name="activation">φ.</param>
    /// <param name="weightVariance">σ_w² (fan_out·Var(w) for the backward pass) ≥ 0.</param>
    /// <param name="q">The pre-activation second moment of the layer whose φ′ the gradient passes, q ≥ 0.</param>
    public static double Chi(Activation activation, double weightVariance, double q)
    {
        Guard.NonNegativeFinite(weightVariance, nameof(weightVariance));
        return weightVariance * DerivativeSecondMoment(activation, q);
    }

    /// <summary>q after <paramref name="layers"/> applications of the length map, starting from q_0.</summary>
    /// <param name="activation">φ.</param>
    /// <param name="weightVariance">σ_w² ≥ 0.</param>
    /// <param name="biasSecondMoment">σ_b² ≥ 0.</param>
    /// <param name="q0">Starting q ≥ 0.</param>
    /// <param name="layers">Number of applications m ≥ 0.</param>
    public static double Iterate(Activation activation, double weightVariance, double biasSecondMoment, double q0, int layers)
    {
        Guard.AtLeast(layers, 0, nameof(layers));
        double q = Guard.NonNegativeFinite(q0, nameof(q0));
        for (int m = 0; m < layers; m++)
        {
            q = LengthMap(activation, weightVariance, biasSecondMoment, q);
        }

        return q;
    }

    /// <summary>
    /// The fixed point q* = σ_w²·E[φ(√q* z)²] + σ_b² reached by iterating the map from <paramref name="start"/>
    /// (an attracting fixed point; the iteration stops when successive values agree to 1e−15 relative).
    /// </summary>
    /// <param name="activation">φ.</param>
    /// <param name="weightVariance">σ_w² ≥ 0.</param>
    /// <param name="biasSecondMoment">σ_b² ≥ 0.</param>
    /// <param name="start">Starting q &gt; 0.</param>
    /// <exception cref="InvalidOperationException">No convergence within 100000 iterations (no attracting fixed point reached).</exception>
    public static double FixedPoint(Activation activation, double weightVariance, double biasSecondMoment, double start = 1.0)
    {
        double q = Guard.PositiveFinite(start, nameof(start));
        for (int m = 0; m < 100_000; m++)
        {
            double next = LengthMap(activation, weightVariance, biasSecondMoment, q);
            if (Math.Abs(next - q) <= 1e-15 * Math.Max(next, double.Epsilon))
            {
                return next;
            }

            q = next;
        }

        throw new InvalidOperationException($"The length map of {activation} with σ_w² = {weightVariance}, σ_b² = {biasSecondMoment} did not converge from q = {start}.");
    }

    /// <summary>The mean-field prediction for a stack as built, from its weights' and biases' promised variances.</summary>
    /// <param name="stack">The stack.</param>
    /// <param name="inputSecondMoment">Mean of x_0² of the inputs the stack is run on (use <see cref="ForwardPass.InputSecondMoment"/>).</param>
    public static MeanFieldPrediction Predict(DenseStack stack, double inputSecondMoment)
    {
        ArgumentNullException.ThrowIfNull(stack);
        var variances = new double[stack.Depth];
        var biases = new double[stack.Depth];
        for (int l = 1; l <= stack.Depth; l++)
        {
            variances[l - 1] = stack.WeightVariance(l);
            biases[l - 1] = stack.BiasSecondMoment(l);
        }

        return Predict(stack.Activation, stack.Widths, variances, biases, inputSecondMoment);
    }

    /// <summary>The mean-field prediction for a stack with given element variances (e.g. those a claimed pairing promises).</summary>
    /// <param name="activation">φ.</param>
    /// <param name="widths">n_0..n_L, each ≥ 1.</param>
    /// <param name="weightVariances">Var(W_l) for l = 1..L (L entries), each ≥ 0.</param>
    /// <param name="biasSecondMoments">E[b_l²] for l = 1..L, each ≥ 0; null for no bias.</param>
    /// <param name="inputSecondMoment">Mean of x_0², ≥ 0.</param>
    /// <exception cref="ArgumentException">Lengths that do not match.</exception>
    public static MeanFieldPrediction Predict(Activation activation, IReadOnlyList<int> widths, IReadOnlyList<double> weightVariances,
        IReadOnlyList<double>? biasSecondMoments, double inputSecondMoment)
    {
        ArgumentNullException.ThrowIfNull(widths);
        ArgumentNullException.ThrowIfNull(weightVariances);
        int depth = widths.Count - 1;
        if (depth < 1 || weightVariances.Count != depth || (biasSecondMoments is not null && biasSecondMoments.Count != depth))
        {
            Guard.ThrowArgument(nameof(weightVariances),
                $"need n_0..n_L (got {widths.Count} widths) and exactly L = {depth} weight variances (got {weightVariances.Count}) and bias moments.");
        }

        Guard.NonNegativeFinite(inputSecondMoment, nameof(inputSecondMoment));
        var forward = new double[depth];
        var backward = new double[depth];
        var q = new double[depth];
        double previous = inputSecondMoment;
        for (int l = 1; l <= depth; l++)
        {
            double var = Guard.NonNegativeFinite(weightVariances[l - 1], nameof(weightVariances));
            double bias = biasSecondMoments is null ? 0.0 : Guard.NonNegativeFinite(biasSecondMoments[l - 1], nameof(biasSecondMoments));
            forward[l - 1] = widths[l - 1] * var;
            backward[l - 1] = widths[l] * var;
            // Layer 1 sees the raw input (no activation): q_1 = σ_w²·mean(x_0²) + σ_b².
            double moment = l == 1 ? previous : ActivationSecondMoment(activation, previous);
            q[l - 1] = forward[l - 1] * moment + bias;
            previous = q[l - 1];
        }

        return new MeanFieldPrediction(activation, [.. widths], forward, backward, q, inputSecondMoment);
    }

    private static double Square(double x) => x * x;
}
