using InitVerify.Init;
using InitVerify.Init.Shapes;
using InitVerify.Stats.Moments;
using InitVerify.Verification;

namespace InitVerify.Cli.Report;

/// <summary>How a cell of the matrix was checked.</summary>
internal enum MatrixCheckKind
{
    /// <summary>Budgeted <see cref="DistributionCheck"/> on n iid elements.</summary>
    Statistical,

    /// <summary>Constant initializers: every element compared exactly.</summary>
    Exact,

    /// <summary>Orthogonal: the Gram identity to a float tolerance (elements are dependent).</summary>
    Gram,
}

/// <summary>One (initializer, shape) cell of the verification matrix and its evidence.</summary>
internal sealed record MatrixRow(
    string Initializer,
    MatrixShape Shape,
    Fans? Fans,
    WeightDistribution Target,
    MatrixCheckKind Kind,
    int N,
    double Mean,
    ConfidenceInterval? MeanInterval,
    double Variance,
    ConfidenceInterval? VarianceInterval,
    Verdict? Verdict,
    bool Passed,
    string Detail,
    double Seconds)
{
    public double TargetMean => Target.ExpectedValue;

    public double TargetVariance => Target.Variance;
}
