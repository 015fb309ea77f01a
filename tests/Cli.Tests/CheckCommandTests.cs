using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Cli.Tests;

/// <summary>
/// End-to-end tests of <c>initverify check</c>: golden .npy files written by the tests from the library's own fills
/// (which the property suite proves correct) and deliberately wrong variants; exit codes 0 pass, 1 fail, 2 error.
/// The default design has r = 1e-6, so a correct file fails with probability ≤ 1e-6 per test (fixed seeds make
/// every outcome reproducible).
/// </summary>
public sealed class CheckCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void HeNormalFloat32_FromTheLibrary_Passes()
    {
        string path = Save("he.npy", He.Normal(), [256, 128], seed: 7);
        var (code, output, error) = CliRunner.Run("check", path, "--expect", "he-normal");
        Assert.True(code == 0, output + error);
        Assert.Contains("PASS", output, StringComparison.Ordinal);
        Assert.Contains("fan_in 128, fan_out 256", output, StringComparison.Ordinal);
        foreach (string evidence in (string[])["mean", "variance", "ks", "ad", "support", "p-value", "CDF discrepancy ≥", "relative error ≥"])
        {
            Assert.Contains(evidence, output, StringComparison.Ordinal);
        }

        Assert.Empty(error);
    }

    [Fact]
    public void VarianceTenPercentHigh_Fails_WithExitCode1()
    {
        double[] w = Fill(He.Normal(), [256, 128], seed: 8).Select(v => v * Math.Sqrt(1.1)).ToArray();
        string path = NpyWriter.Write(_dir.Path, "he-wrong.npy", [256, 128], w, "<f4");
        var (code, output, _) = CliRunner.Run("check", path, "--expect", "he-normal");
        Assert.Equal(1, code);
        Assert.Contains("FAIL", output, StringComparison.Ordinal);
        Assert.Contains("variance", output.Split("FAIL")[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void FansSwapped_Fails()
    {
        // Saved with fans swapped (a [128, 256] fill stored as [256, 128]): the variance is off by a factor 2.
        double[] w = Fill(He.Normal(), [128, 256], seed: 9);
        string path = NpyWriter.Write(_dir.Path, "swapped.npy", [256, 128], w, "<f4");
        Assert.Equal(1, CliRunner.Run("check", path, "--expect", "he-normal").Code);
    }

    [Fact]
    public void XavierUniformFloat32_WithValuesExactlyAtTheRoundedBounds_Passes()
    {
        // A float32 weight may hold the float nearest to ±bound, which can lie outside [−bound, bound] and has F = 0 or 1
        // there: without the float-data adaptation Anderson-Darling's A² would be +∞ and the support would fail.
        int[] shape = [256, 128];
        double bound = Math.Sqrt(6.0 / (128 + 256));
        double[] w = Fill(Xavier.Uniform(), shape, seed: 10);
        w[0] = (float)bound;
        w[1] = (float)-bound;
        string path = NpyWriter.Write(_dir.Path, "xu.npy", shape, w, "<f4");
        var (code, output, error) = CliRunner.Run("check", path, "--expect", "xavier-uniform");
        Assert.True(code == 0, output + error);
        Assert.Contains("float32-rounded bounds", output, StringComparison.Ordinal);
        Assert.DoesNotContain("A² = ∞", output, StringComparison.Ordinal);
    }

    [Fact]
    public void UniformSampledAsNormal_Fails()
    {
        // A "normal" that samples uniformly with the right variance: caught by KS and AD, not by the moments.
        double[] w = Fill(new UniformInitializer(-Math.Sqrt(3) * 0.125, Math.Sqrt(3) * 0.125), [256, 128], seed: 11);
        string path = NpyWriter.Write(_dir.Path, "fake-normal.npy", [256, 128], w, "<f8");
        var (code, output, _) = CliRunner.Run("check", path, "--expect", "he-normal");
        Assert.Equal(1, code);
        Assert.Contains("ks", output.Split("FAIL")[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void KerasLayoutConv_PassesWithKerasLayout_AndFailsWithTorchLayout()
    {
        int[] shape = [3, 3, 16, 32];
        string path = Save("keras.npy", He.Normal(layout: WeightLayout.KernelInOut), shape, seed: 12, layout: WeightLayout.KernelInOut);
        var keras = CliRunner.Run("check", path, "--expect", "he-normal", "--layout", "keras");
        Assert.True(keras.Code == 0, keras.Out + keras.Err);
        Assert.Contains("fan_in 144, fan_out 288", keras.Out, StringComparison.Ordinal);
        Assert.Equal(1, CliRunner.Run("check", path, "--expect", "he-normal", "--layout", "torch").Code);
    }

    [Fact]
    public void ExplicitFans_OverrideAFlatArray()
    {
        // A flattened [64, 32] weight saved as 1-D: fans cannot be inferred, so they are given.
        double[] w = Fill(Xavier.Normal(), [64, 32], seed: 13);
        string path = NpyWriter.Write(_dir.Path, "flat.npy", [2048], w, "<f4");
        var (code, output, error) = CliRunner.Run("check", path, "--expect", "xavier-normal", "--fan-in", "32", "--fan-out", "64");
        Assert.True(code == 0, output + error);
        Assert.Contains("given by --fan-in/--fan-out", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ShapeOption_GivesTheFans()
    {
        double[] w = Fill(LeCun.Normal(), [64, 32], seed: 14);
        string path = NpyWriter.Write(_dir.Path, "flat2.npy", [2048], w, "<f4");
        Assert.Equal(0, CliRunner.Run("check", path, "--expect", "lecun-normal", "--shape", "64x32").Code);
    }

    [Fact]
    public void NormalWithGivenMeanAndStd_Passes_AndFailsForAnotherStd()
    {
        string path = Save("normal.npy", new NormalInitializer(0.5, 2.0), [4000], seed: 15);
        Assert.Equal(0, CliRunner.Run("check", path, "--expect", "normal", "--mean", "0.5", "--std", "2").Code);
        Assert.Equal(1, CliRunner.Run("check", path, "--expect", "normal", "--mean", "0.5", "--std", "2.4").Code);
    }

    [Fact]
    public void TruncatedNormalAndUniformWithBounds_Pass()
    {
        string tn = Save("tn.npy", new TruncatedNormalInitializer(0, 1, -1, 2), [5000], seed: 16);
        Assert.Equal(0, CliRunner.Run("check", tn, "--expect", "truncated-normal", "--mean", "0", "--std", "1", "--low", "-1", "--high", "2").Code);
        string u = Save("u.npy", new UniformInitializer(-0.3, 0.7), [5000], seed: 17);
        Assert.Equal(0, CliRunner.Run("check", u, "--expect", "uniform", "--low", "-0.3", "--high", "0.7").Code);
        Assert.Equal(1, CliRunner.Run("check", u, "--expect", "uniform", "--low", "-0.3", "--high", "0.6").Code);
    }

    [Theory]
    [InlineData(64, 32)]
    [InlineData(32, 64)]
    public void Orthogonal_ChecksTheGramIdentity(int rows, int cols)
    {
        string path = Save("orth.npy", new OrthogonalInitializer(1.5), [rows, cols], seed: 18);
        var (code, output, error) = CliRunner.Run("check", path, "--expect", "orthogonal", "--gain", "1.5");
        Assert.True(code == 0, output + error);
        Assert.Contains(rows <= cols ? "W Wᵀ" : "Wᵀ W", output, StringComparison.Ordinal);
        Assert.Contains("tolerance", output, StringComparison.Ordinal);

        // Wrong gain, and a Gaussian matrix of the same variance: both fail.
        Assert.Equal(1, CliRunner.Run("check", path, "--expect", "orthogonal", "--gain", "1.4").Code);
        double[] gaussian = Fill(new NormalInitializer(0, 1.5 / Math.Sqrt(Math.Max(rows, cols))), [rows, cols], seed: 19);
        string fake = NpyWriter.Write(_dir.Path, "not-orth.npy", [rows, cols], gaussian, "<f4");
        Assert.Equal(1, CliRunner.Run("check", fake, "--expect", "orthogonal", "--gain", "1.5").Code);
    }

    [Fact]
    public void Zeros_AreComparedExactly()
    {
        string zeros = NpyWriter.Write(_dir.Path, "zeros.npy", [10, 10], new double[100], "<f4");
        Assert.Equal(0, CliRunner.Run("check", zeros, "--expect", "zeros").Code);
        double[] almost = new double[100];
        almost[42] = 1e-30;
        string notZeros = NpyWriter.Write(_dir.Path, "almost.npy", [10, 10], almost, "<f8");
        var (code, output, _) = CliRunner.Run("check", notZeros, "--expect", "zeros");
        Assert.Equal(1, code);
        Assert.Contains("flat index 42", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FortranOrderBigEndianFile_PassesLikeItsCOrderTwin()
    {
        double[] w = Fill(He.Uniform(), [128, 96], seed: 20);
        string path = NpyWriter.Write(_dir.Path, "fortran.npy", [128, 96], w, ">f8", fortran: true, major: 3);
        var (code, output, error) = CliRunner.Run("check", path, "--expect", "he-uniform");
        Assert.True(code == 0, output + error);
        Assert.Contains("big-endian, Fortran order", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FalseFailureRateOption_IsStated()
    {
        string path = Save("ffr.npy", He.Normal(), [64, 64], seed: 21);
        var (code, output, _) = CliRunner.Run("check", path, "--expect", "he-normal", "--false-failure-rate", "1e-3");
        Assert.Equal(0, code);
        Assert.Contains("r = 0.001 (r_i = 0.00025", output, StringComparison.Ordinal);
    }

    // Bad input: one line "initverify: ...", exit 2, no stack trace.

    [Fact]
    public void MissingFile_IsAUsageError()
    {
        AssertUsageError(["check", _dir.File("nope.npy"), "--expect", "he-normal"], "no such file");
    }

    [Fact]
    public void NotANpyFile_IsAUsageError()
    {
        File.WriteAllText(_dir.File("text.npy"), "hello");
        AssertUsageError(["check", _dir.File("text.npy"), "--expect", "he-normal"], "magic");
    }

    [Fact]
    public void TruncatedFile_IsAUsageError()
    {
        byte[] bytes = NpyWriter.Bytes([16, 16], new double[256]);
        File.WriteAllBytes(_dir.File("short.npy"), bytes[..^10]);
        AssertUsageError(["check", _dir.File("short.npy"), "--expect", "he-normal"], "truncated data");
    }

    [Fact]
    public void IntegerDtype_IsAUsageError()
    {
        byte[] bytes = NpyWriter.Bytes([4], new double[4]);
        string text = System.Text.Encoding.Latin1.GetString(bytes).Replace("<f4", "<i4", StringComparison.Ordinal);
        File.WriteAllBytes(_dir.File("int.npy"), System.Text.Encoding.Latin1.GetBytes(text));
        AssertUsageError(["check", _dir.File("int.npy"), "--expect", "normal"], "unsupported dtype '<i4'");
    }

    [Fact]
    public void NaNInData_IsAUsageError()
    {
        double[] w = Enumerable.Range(0, 100).Select(i => i * 0.01).ToArray();
        w[17] = double.NaN;
        string path = NpyWriter.Write(_dir.Path, "nan.npy", [10, 10], w);
        AssertUsageError(["check", path, "--expect", "he-normal"], "non-finite value (first: NaN at flat index 17)");
    }

    [Fact]
    public void ShapeWithWrongElementCount_IsAUsageError()
    {
        string path = NpyWriter.Write(_dir.Path, "w.npy", [10, 10], new double[100]);
        AssertUsageError(["check", path, "--expect", "he-normal", "--shape", "10x20"], "wrong shape");
    }

    [Fact]
    public void RankOneWithoutFans_IsAUsageError()
    {
        string path = NpyWriter.Write(_dir.Path, "v.npy", [100], new double[100]);
        AssertUsageError(["check", path, "--expect", "he-normal"], "wrong shape");
    }

    [Theory]
    [InlineData("--expect", "kaiming", "--expect 'kaiming' must be one of")]
    [InlineData("--mode", "sideways", "--mode 'sideways' must be one of fan-in, fan-out, fan-avg")]
    [InlineData("--std", "abc", "--std 'abc' must be a finite number")]
    [InlineData("--false-failure-rate", "2", "must be a probability in (0, 1)")]
    [InlineData("--fan-in", "0", "--fan-in '0' must be an integer")]
    public void BadOptionValues_AreUsageErrors(string option, string value, string message)
    {
        string path = NpyWriter.Write(_dir.Path, "ok.npy", [10, 10], new double[100]);
        string[] args = option == "--expect" ? ["check", path, option, value] : ["check", path, "--expect", "he-normal", option, value];
        AssertUsageError(args, message);
    }

    [Fact]
    public void MissingExpect_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("check", "w.npy");
        Assert.Equal(2, code);
        Assert.StartsWith("initverify: ", error, StringComparison.Ordinal);
        Assert.Contains("--expect", error, StringComparison.Ordinal);
    }

    [Fact]
    public void LibraryRejection_IsAUsageErrorWithoutParameterSuffix()
    {
        string path = NpyWriter.Write(_dir.Path, "n.npy", [10, 10], new double[100]);
        var (code, _, error) = CliRunner.Run("check", path, "--expect", "normal", "--std", "-1");
        Assert.Equal(2, code);
        Assert.StartsWith("initverify: ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("(Parameter", error, StringComparison.Ordinal);
    }

    private static void AssertUsageError(string[] args, string message)
    {
        var (code, _, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        string[] lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
        Assert.StartsWith("initverify: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(message, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    private static double[] Fill(Initializer initializer, int[] shape, ulong seed)
    {
        var w = new float[shape.Aggregate(1, (p, d) => p * d)];
        initializer.Fill(shape, w, seed);
        return w.Select(v => (double)v).ToArray();
    }

    private string Save(string name, Initializer initializer, int[] shape, ulong seed, WeightLayout layout = WeightLayout.OutInKernel)
    {
        _ = layout;
        return NpyWriter.Write(_dir.Path, name, shape, Fill(initializer, shape, seed), "<f4");
    }
}
