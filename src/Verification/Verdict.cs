namespace InitVerify.Verification;

/// <summary>The outcome of a distribution check: every assertion with its evidence.</summary>
/// <param name="Expected">A description of the expected distribution.</param>
/// <param name="SampleSize">n, the number of samples checked.</param>
/// <param name="Design">The error budget the check ran under.</param>
/// <param name="Assertions">The assertions, in order: support, mean, variance, KS, AD.</param>
public sealed record Verdict(string Expected, int SampleSize, VerificationDesign Design, IReadOnlyList<AssertionResult> Assertions)
{
    /// <summary>True when every assertion passed.</summary>
    public bool Passed => Assertions.All(a => a.Passed);

    /// <summary>The assertion with a given name.</summary>
    /// <param name="name">support, mean, variance, ks or ad.</param>
    public AssertionResult this[string name] => Assertions.First(a => a.Name == name);

    /// <inheritdoc/>
    public override string ToString() =>
        $"{(Passed ? "PASS" : "FAIL")} against {Expected}, n = {SampleSize}, {Design}{Environment.NewLine}  " +
        string.Join(Environment.NewLine + "  ", Assertions);
}
