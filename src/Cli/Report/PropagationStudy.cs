using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Propagation.Histograms;
using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;

namespace InitVerify.Cli.Report;

/// <summary>
/// One (initializer, activation) run through a dense stack: the measured pooled pre-activation second moment v_l of
/// every layer, the mean-field prediction q_l and the finite-width band around it.
/// </summary>
/// <param name="Initializer">The label of the weight initializer.</param>
/// <param name="Activation">φ.</param>
/// <param name="Measured">v_l for l = 1..L (NaN where the float signal overflowed to ∞ or underflowed to 0).</param>
/// <param name="Predicted">q_l, the mean-field prediction from the weights' promised variance and the measured input moment.</param>
/// <param name="BandLow">Lower edge of the finite-width band (q_l · exp(min(E, 0) − 2 sd)), or null where the spread is undefined.</param>
/// <param name="BandHigh">Upper edge (q_l · exp(max(E, 0) + 2 sd)).</param>
internal sealed record DepthCurve(string Initializer, Activation Activation, double[] Measured, double[] Predicted, double[]? BandLow, double[]? BandHigh)
{
    /// <summary>Layers whose measured v_l lies inside the band (of those with a finite measurement).</summary>
    public (int Inside, int Finite) InsideBand()
    {
        if (BandLow is null || BandHigh is null)
        {
            return (0, 0);
        }

        int inside = 0, finite = 0;
        for (int l = 0; l < Measured.Length; l++)
        {
            if (double.IsFinite(Measured[l]) && Measured[l] > 0)
            {
                finite++;
                inside += Measured[l] >= BandLow[l] && Measured[l] <= BandHigh[l] ? 1 : 0;
            }
        }

        return (inside, finite);
    }
}

/// <summary>Per-layer activation histograms of one (initializer, activation) pair.</summary>
internal sealed record HistogramSet(string Initializer, Activation Activation, IReadOnlyList<ActivationHistogram> Layers);

/// <summary>The propagation study's results.</summary>
internal sealed record PropagationResults(IReadOnlyList<DepthCurve> Curves, IReadOnlyList<HistogramSet> Histograms);

/// <summary>
/// The signal-propagation study: the initializations of the weight-initialisation articles (N(0, 1), N(0, 0.01²),
/// Xavier/Glorot normal, He normal) through dense stacks with tanh, sigmoid and ReLU, no biases, standard-normal
/// inputs. Per layer: the pooled second moment of the pre-activations against the mean-field recursion
/// (<see cref="MeanField.Predict(DenseStack, double)"/>) and its finite-width band (<see cref="FiniteWidthSpread"/>),
/// and the histograms of the activations of 5 layers.
/// </summary>
internal static class PropagationStudy
{
    /// <summary>Standard deviations of the band: ±2 sd of the delta-method log-normal spread (≈ 95% per layer).</summary>
    public const double BandSds = 2.0;

    public static IReadOnlyList<(string Label, Initializer Initializer)> Initializers { get; } =
    [
        ("N(0, 1)", new NormalInitializer(0, 1)),
        ("N(0, 0.01²)", new NormalInitializer(0, 0.01)),
        ("xavier-normal", Xavier.Normal()),
        ("he-normal", He.Normal()),
    ];

    public static IReadOnlyList<Activation> Activations { get; } = [Activation.Tanh, Activation.Sigmoid, Activation.Relu];

    /// <summary>The number of stacks run (for progress).</summary>
    public static int Steps => 2 * Initializers.Count * Activations.Count;

    public static PropagationResults Run(ReportSettings settings, Action progress)
    {
        var pairs = (from a in Activations from i in Initializers select (a, i)).ToArray();
        var curves = new DepthCurve[pairs.Length];
        var histograms = new HistogramSet[pairs.Length];
        for (int k = 0; k < pairs.Length; k++)
        {
            (Activation activation, (string label, Initializer initializer)) = pairs[k];
            curves[k] = Curve(label, initializer, activation, settings, settings.Seed + (ulong)k);
            progress();
            var stack = DenseStack.Uniform(settings.HistogramWidth, ReportSettings.HistogramDepth, activation, initializer, settings.Seed + 1000 + (ulong)k);
            ForwardPass pass = stack.Forward(settings.HistogramBatch, keepActivations: true);
            histograms[k] = new HistogramSet(label, activation, ActivationHistogram.AllLayers(pass, bins: 40));
            progress();
        }

        return new PropagationResults(curves, histograms);
    }

    private static DepthCurve Curve(string label, Initializer initializer, Activation activation, ReportSettings settings, ulong seed)
    {
        var stack = DenseStack.Uniform(settings.PropagationWidth, settings.PropagationDepth, activation, initializer, seed);
        ForwardPass pass = stack.Forward(settings.PropagationBatch);
        MeanFieldPrediction prediction = MeanField.Predict(stack, pass.InputSecondMoment);
        double[] measured = pass.Layers.Select(l => l.IsFinite && l.PreActivationSecondMoment > 0 ? l.PreActivationSecondMoment : double.NaN).ToArray();
        double[] q = [.. prediction.PreActivationSecondMoments];
        double[]? low = null, high = null;
        try
        {
            FiniteWidthSpread spread = FiniteWidthSpread.Compute(prediction);
            low = new double[q.Length];
            high = new double[q.Length];
            for (int l = 0; l < q.Length; l++)
            {
                double sd = Math.Sqrt(spread.ForwardVariance[l]);
                double mean = spread.ForwardMean[l];
                low[l] = q[l] * Math.Exp(Math.Min(mean, 0) - BandSds * sd);
                high[l] = q[l] * Math.Exp(Math.Max(mean, 0) + BandSds * sd);
            }
        }
        catch (ArgumentException)
        {
            // q_l zero or not finite: no log-normal spread to draw.
            low = high = null;
        }

        return new DepthCurve(label, activation, measured, q, low, high);
    }
}
