using System.Globalization;
// Formatting is culture-invariant: the build sets InvariantGlobalization.
using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Properties;

/// <summary>A weight shape with its layout and convolution groups; prints as e.g. <c>[64, 8, 3, 3] torch groups=4</c>.</summary>
public sealed record ShapeCase(int[] Dims, WeightLayout Layout, int Groups)
{
    /// <summary>Independent oracle for the fans (the paper/PyTorch/Keras definition, written here, not taken from src/).</summary>
    public (double FanIn, double FanOut) OracleFans()
    {
        bool torch = Layout == WeightLayout.OutInKernel;
        int outDim = torch ? Dims[0] : Dims[^1];
        int inDim = torch ? Dims[1] : Dims[^2];
        double rf = 1;
        for (int i = torch ? 2 : 0; i < (torch ? Dims.Length : Dims.Length - 2); i++)
        {
            rf *= Dims[i];
        }

        return (inDim * rf, outDim * rf / Groups);
    }

    /// <summary>The number of elements.</summary>
    public int Count => Dims.Aggregate(1, (p, d) => p * d);

    /// <inheritdoc/>
    public override string ToString() =>
        $"[{string.Join(", ", Dims)}] {(Layout == WeightLayout.OutInKernel ? "torch" : "keras")}{(Groups > 1 ? $" groups={Groups}" : "")}";
}

/// <summary>The variance-scaling family under test.</summary>
public enum Family
{
    /// <summary>LeCun: Var = 1/fan_in.</summary>
    LeCun,

    /// <summary>Xavier/Glorot: Var = gain²·2/(fan_in + fan_out).</summary>
    Xavier,

    /// <summary>He/Kaiming: Var = gain(a, nonlinearity)²/fan(mode).</summary>
    He,

    /// <summary>Keras VarianceScaling: Var = scale/fan(mode).</summary>
    VarianceScaling,
}

/// <summary>One variance-scaling initializer configuration on one shape, with its sample seed.</summary>
public sealed record ScalingCase(Family Family, VarianceScalingDistribution Distribution, double Gain, double A, Nonlinearity Nonlinearity,
    FanMode Mode, double Scale, ShapeCase Shape, ulong Seed)
{
    /// <summary>The initializer built through the public factories.</summary>
    public Initializer Create() => Family switch
    {
        Family.LeCun when Distribution == VarianceScalingDistribution.Uniform => LeCun.Uniform(Shape.Layout, Shape.Groups),
        Family.LeCun => LeCun.Normal(Shape.Layout, Shape.Groups),
        Family.Xavier when Distribution == VarianceScalingDistribution.Uniform => Xavier.Uniform(Gain, Shape.Layout, Shape.Groups),
        Family.Xavier => Xavier.Normal(Gain, Shape.Layout, Shape.Groups),
        Family.He when Distribution == VarianceScalingDistribution.Uniform => He.Uniform(A, Mode, Nonlinearity, Shape.Layout, Shape.Groups),
        Family.He => He.Normal(A, Mode, Nonlinearity, Shape.Layout, Shape.Groups),
        _ => new VarianceScalingInitializer(Scale, Mode, Distribution, Shape.Layout, Shape.Groups),
    };

    /// <summary>The variance the papers prescribe, computed here independently of src/: 1/n, gain²·2/(n_in+n_out), gain²/n.</summary>
    public double OracleVariance()
    {
        (double fanIn, double fanOut) = Shape.OracleFans();
        double fan = Mode switch { FanMode.FanIn => fanIn, FanMode.FanOut => fanOut, _ => (fanIn + fanOut) / 2 };
        return Family switch
        {
            Family.LeCun => 1.0 / fanIn,
            Family.Xavier => Gain * Gain * 2.0 / (fanIn + fanOut),
            Family.He => OracleHeGainSquared() / fan,
            _ => Scale / fan,
        };
    }

    private double OracleHeGainSquared() => Nonlinearity switch
    {
        Nonlinearity.LeakyRelu => 2.0 / (1 + A * A),
        Nonlinearity.Relu => 2.0,
        Nonlinearity.Tanh => 25.0 / 9,
        Nonlinearity.Selu => 9.0 / 16,
        _ => 1.0,
    };

    /// <inheritdoc/>
    public override string ToString() => Family switch
    {
        Family.LeCun => $"lecun-{Distribution} on {Shape}, seed {Seed}",
        Family.Xavier => $"xavier-{Distribution}(gain={Gain:G4}) on {Shape}, seed {Seed}",
        Family.He => $"he-{Distribution}(a={A:G3}, {Mode}, {Nonlinearity}) on {Shape}, seed {Seed}",
        _ => $"variance-scaling-{Distribution}(scale={Scale:G4}, {Mode}) on {Shape}, seed {Seed}",
    };
}

/// <summary>An element-wise initializer with explicit parameters (normal, uniform, truncated normal), with its seed.</summary>
public sealed record ParameterCase(string Kind, double Mean, double Std, double Low, double High, int[] Dims, ulong Seed)
{
    /// <summary>The initializer.</summary>
    public Initializer Create() => Kind switch
    {
        "normal" => new NormalInitializer(Mean, Std),
        "uniform" => new UniformInitializer(Low, High),
        _ => new TruncatedNormalInitializer(Mean, Std, Low, High),
    };

    /// <summary>The standardized truncation bounds (α, β).</summary>
    public (double Alpha, double Beta) Standardized => ((Low - Mean) / Std, (High - Mean) / Std);

    /// <inheritdoc/>
    public override string ToString() => Kind switch
    {
        "normal" => $"normal(μ={Mean:G4}, σ={Std:G4}) on [{string.Join(", ", Dims)}], seed {Seed}",
        "uniform" => $"uniform({Low:G4}, {High:G4}) on [{string.Join(", ", Dims)}], seed {Seed}",
        _ => $"truncated-normal(μ={Mean:G4}, σ={Std:G4}, [{Low:G4}, {High:G4}]; α={Standardized.Alpha:G3}, β={Standardized.Beta:G3}) on [{string.Join(", ", Dims)}], seed {Seed}",
    };
}

/// <summary>An orthogonal initializer case.</summary>
public sealed record OrthogonalCase(double Gain, int[] Dims, ulong Seed)
{
    /// <summary>Rows of the flattened matrix.</summary>
    public int Rows => Dims[0];

    /// <summary>Columns of the flattened matrix.</summary>
    public int Cols => Dims.Skip(1).Aggregate(1, (p, d) => p * d);

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"orthogonal(gain={Gain:G4}) on [{string.Join(", ", Dims)}] ({Rows}x{Cols}), seed {Seed}");
}
