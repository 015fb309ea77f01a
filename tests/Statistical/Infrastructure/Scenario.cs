using InitVerify.Init;
using InitVerify.Propagation.Network;
using InitVerify.Propagation.Theory;
using InitVerify.Propagation.Verification;

namespace InitVerify.Statistical.Tests.Infrastructure;

/// <summary>
/// One propagation experiment: k stacks built with <see cref="Weights"/>, each checked against the mean-field
/// prediction of the <see cref="Claimed"/> initializer (the pairing under test; equal to Weights for the
/// positive tests, the correct pairing for the negative controls).
/// </summary>
public sealed record Scenario(
    string Name,
    int[] Widths,
    Activation Activation,
    Initializer Weights,
    int Networks,
    int Batch,
    bool TestForward,
    bool TestBackward,
    Initializer? ClaimedInitializer = null)
{
    /// <summary>The pairing the measured moments are compared with.</summary>
    public Initializer Claimed => ClaimedInitializer ?? Weights;

    /// <summary>Depth L.</summary>
    public int Depth => Widths.Length - 1;

    /// <summary>Equal widths n, depth L.</summary>
    public static int[] Equal(int width, int depth) => Enumerable.Repeat(width, depth + 1).ToArray();

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, Lazy<ScenarioRun>> Cache = new();

    /// <summary>The run under this process's base seed, computed once and shared by the forward and backward tests.</summary>
    public ScenarioRun RunOnce() => Cache.GetOrAdd(Name, _ => new Lazy<ScenarioRun>(() => Run())).Value;

    /// <summary>Builds and runs the k networks of this scenario under a base seed.</summary>
    public ScenarioRun Run(ulong? baseSeed = null)
    {
        var forward = new ForwardPass[Networks];
        var backward = new BackwardPass[Networks];
        var claims = new MeanFieldPrediction[Networks];
        for (int k = 0; k < Networks; k++)
        {
            var stack = new DenseStack(Widths, Activation, Weights, TestSeeds.For(Name, k, baseSeed));
            forward[k] = stack.Forward(Batch);
            if (TestBackward)
            {
                backward[k] = stack.Backward(forward[k]);
            }

            claims[k] = Claim(forward[k].InputSecondMoment);
        }

        return new ScenarioRun(this, forward, TestBackward ? backward : null, claims);
    }

    /// <summary>The claimed pairing's mean-field prediction for an input second moment.</summary>
    public MeanFieldPrediction Claim(double inputSecondMoment)
    {
        var variances = new double[Depth];
        for (int l = 1; l <= Depth; l++)
        {
            variances[l - 1] = Claimed.Target([Widths[l], Widths[l - 1]]).Variance;
        }

        return MeanField.Predict(Activation, Widths, variances, null, inputSecondMoment);
    }

    /// <summary>The actual weights' mean-field prediction (what a net built with <see cref="Weights"/> does on average).</summary>
    public MeanFieldPrediction Actual(double inputSecondMoment)
    {
        var variances = new double[Depth];
        for (int l = 1; l <= Depth; l++)
        {
            variances[l - 1] = Weights.Target([Widths[l], Widths[l - 1]]).Variance;
        }

        return MeanField.Predict(Activation, Widths, variances, null, inputSecondMoment);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Name}: {Weights} + {Activation}, widths {Widths[0]}..{Widths[^1]} (L = {Depth}), k = {Networks}, B = {Batch}";
}

/// <summary>The passes and claims of one scenario run.</summary>
public sealed record ScenarioRun(Scenario Scenario, ForwardPass[] Forward, BackwardPass[]? Backward, MeanFieldPrediction[] Claims)
{
    /// <summary>The forward test at rate r.</summary>
    public PropagationTestResult ForwardTest(double falseFailureRate) =>
        SignalPropagationTest.Forward(Forward, Claims, falseFailureRate);

    /// <summary>The backward test at rate r.</summary>
    public PropagationTestResult BackwardTest(double falseFailureRate) =>
        SignalPropagationTest.Backward(Backward ?? throw new InvalidOperationException("backward not run"), Claims, falseFailureRate);
}
