using InitVerify.Cli.Npy;
using InitVerify.Init;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Cli.Tests;

/// <summary>
/// <c>initverify sample</c>: fills one weight from the library (float32 or float64, any stream), reports its realised
/// moments, and saves exactly those bits as a .npy file that <c>initverify check</c> passes with the same flags.
/// </summary>
public sealed class SampleCommandTests : IDisposable
{
    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    [Fact]
    public void Sample_PrintsTargetAndRealisedMoments()
    {
        var (code, output, error) = CliRunner.Run("sample", "--init", "he-normal", "--shape", "256x128", "--seed", "7");
        Assert.True(code == 0, error);
        Assert.Contains("initializer  he-normal", output, StringComparison.Ordinal);
        Assert.Contains("fan_in 128, fan_out 256", output, StringComparison.Ordinal);
        Assert.Contains("elements     float64, stream rounded-double", output, StringComparison.Ordinal);
        Assert.Contains("ratio", output, StringComparison.Ordinal);
        Assert.DoesNotContain("saved", output, StringComparison.Ordinal);
    }

    public static TheoryData<string, string, string, string[]> Fills() => new()
    {
        { "he-normal", "float32", "native32-ars", [] },
        { "he-normal", "float64", "native32", [] },
        { "xavier-uniform", "float32", "rounded-double", ["--gain", "1.5"] },
        { "xavier-uniform", "float64", "native32-ars", [] },
        { "normal", "float32", "native32", ["--mean", "0.5", "--std", "0.02"] },
        { "truncated-normal", "float32", "native32-ars", ["--std", "0.02"] },
        { "he-uniform", "float64", "rounded-double", ["--layout", "keras", "--nonlinearity", "tanh"] },
    };

    [Theory]
    [MemberData(nameof(Fills))]
    public void SavedFile_HoldsTheLibrarysFill_BitForBit(string init, string dtype, string stream, string[] flags)
    {
        int[] shape = [64, 48];
        string path = _dir.File($"{init}-{dtype}-{stream}.npy");
        var (code, output, error) = CliRunner.Run(["sample", "--init", init, "--shape", "64x48", "--seed", "11", "--dtype", dtype, "--stream", stream, "--out", path, .. flags]);
        Assert.True(code == 0, output + error);
        Assert.Contains($"elements     {dtype}, stream {stream}", output, StringComparison.Ordinal);
        Assert.Contains($"saved        {path}", output, StringComparison.Ordinal);

        NpyArray saved = NpyReader.ReadFile(path);
        Assert.Equal("1.0", saved.Version);
        Assert.Equal(dtype == "float32" ? "<f4" : "<f8", saved.Descr);
        Assert.False(saved.FortranOrder);
        Assert.Equal(shape, saved.Shape);
        Assert.Equal(Expected(init, dtype, stream, flags, shape), saved.Values);
    }

    [Theory]
    [MemberData(nameof(Fills))]
    public void SavedFile_PassesCheck_WithTheSameFlags(string init, string dtype, string stream, string[] flags)
    {
        // Each check's false-failure rate is 1e-6 by design (the check command's default); seed 11 fixes the outcome.
        string path = _dir.File("w.npy");
        var sample = CliRunner.Run(["sample", "--init", init, "--shape", "256x128", "--seed", "11", "--dtype", dtype, "--stream", stream, "--out", path, .. flags]);
        Assert.True(sample.Code == 0, sample.Err);

        var (code, output, error) = CliRunner.Run(["check", path, "--expect", init, .. flags]);
        Assert.True(code == 0, output + error);
        Assert.Contains("PASS", output, StringComparison.Ordinal);
    }

    [Fact]
    public void FloatStream_SaysWhenTheRoundedDoubleStreamDrewTheTarget()
    {
        // [−0.5, 2] is narrower than √(2π): outside the normal-rejection regime the float32 streams do not draw.
        var (code, output, error) = CliRunner.Run("sample", "--init", "truncated-normal", "--low", "-0.5", "--high", "2", "--shape", "100", "--stream", "native32");
        Assert.True(code == 0, error);
        Assert.Contains("stream native32 (this TruncatedNormal target is drawn from the rounded-double stream under every stream)", output, StringComparison.Ordinal);

        // trunc_normal_'s default N(0, 1) on [−2, 2] is drawn by the float32 stream itself.
        (code, output, error) = CliRunner.Run("sample", "--init", "truncated-normal", "--shape", "100", "--stream", "native32-ars");
        Assert.True(code == 0, error);
        Assert.Contains("elements     float64, stream native32-ars" + Environment.NewLine, output, StringComparison.Ordinal);
    }

    [Fact]
    public void SavingOverAnExistingFile_ReplacesIt_AndLeavesNoTemporaryFile()
    {
        string path = _dir.File("w.npy");
        File.WriteAllText(path, "old");
        var (code, _, error) = CliRunner.Run("sample", "--init", "lecun-normal", "--shape", "8x8", "--dtype", "float32", "--out", path);
        Assert.True(code == 0, error);
        Assert.Equal(64, NpyReader.ReadFile(path).Values.Length);
        Assert.Equal(["w.npy"], Directory.GetFiles(_dir.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void Sample_BadShape_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("sample", "--init", "he-normal", "--shape", "0x3");
        Assert.Equal(2, code);
        Assert.StartsWith("initverify: --shape '0x3'", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--dtype", "float16", "initverify: --dtype 'float16' must be float32 or float64")]
    [InlineData("--stream", "philox", "initverify: --stream 'philox' must be one of rounded-double, native32, native32-ars")]
    [InlineData("--seed", "abc", "initverify: --seed 'abc' must be an integer in 0..18446744073709551615")]
    [InlineData("--mode", "fan-max", "initverify: --mode 'fan-max' must be one of fan-in, fan-out, fan-avg")]
    [InlineData("--init", "glorot", "initverify: --init 'glorot' must be one of")]
    public void BadOption_IsAUsageError_NamingTheOptionAndWhatItAllows(string option, string value, string message)
    {
        string[] args = option == "--init" ? ["sample", "--init", value, "--shape", "4x4"] : ["sample", "--init", "he-normal", "--shape", "4x4", option, value];
        var (code, output, error) = CliRunner.Run(args);
        Assert.Equal(2, code);
        Assert.StartsWith(message, error, StringComparison.Ordinal);
        Assert.Empty(output);
    }

    [Fact]
    public void MissingOutputDirectory_IsAUsageError_AndNothingIsWritten()
    {
        string path = Path.Combine(_dir.Path, "missing", "w.npy");
        var (code, output, error) = CliRunner.Run("sample", "--init", "he-normal", "--shape", "4x4", "--out", path);
        Assert.Equal(2, code);
        Assert.StartsWith($"initverify: {path}: cannot write (no such directory", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Empty(Directory.GetFileSystemEntries(_dir.Path));
    }

    [Fact]
    public void OutputPathThatIsADirectory_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("sample", "--init", "he-normal", "--shape", "4x4", "--out", _dir.Path);
        Assert.Equal(2, code);
        Assert.Equal($"initverify: {_dir.Path}: is a directory, not a file to write", error.Trim());
    }

    [Fact]
    public void TargetBeyondFloat32_OnAFloatStream_IsRejected_BeforeTheFileIsTouched()
    {
        string path = _dir.File("w.npy");
        File.WriteAllText(path, "old");
        var (code, output, error) = CliRunner.Run("sample", "--init", "normal", "--std", "1e39", "--shape", "4x4", "--stream", "native32", "--out", path);
        Assert.Equal(2, code);
        Assert.StartsWith("initverify: ", error, StringComparison.Ordinal);
        Assert.Contains("finite in float32", error, StringComparison.Ordinal);
        Assert.Empty(output);
        Assert.Equal("old", File.ReadAllText(path));
        Assert.Single(Directory.GetFiles(_dir.Path));
    }

    [Fact]
    public void Help_ExitsZero_AndListsTheCommands()
    {
        var (code, output, _) = CliRunner.Run("--help");
        Assert.Equal(0, code);
        foreach (string command in (string[])["sample", "check", "report"])
        {
            Assert.Contains(command, output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void UnknownCommand_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("frobnicate");
        Assert.Equal(2, code);
        Assert.StartsWith("initverify: ", error, StringComparison.Ordinal);
    }

    /// <summary>The library's own fill for the same initializer, flags, seed, element type and stream, as doubles.</summary>
    private static double[] Expected(string init, string dtype, string stream, string[] flags, int[] shape)
    {
        var arguments = new InitializerArguments();
        for (int i = 0; i < flags.Length; i += 2)
        {
            arguments = flags[i] switch
            {
                "--gain" => arguments with { Gain = flags[i + 1] },
                "--mean" => arguments with { Mean = flags[i + 1] },
                "--std" => arguments with { Std = flags[i + 1] },
                "--layout" => arguments with { Layout = flags[i + 1] },
                "--nonlinearity" => arguments with { Nonlinearity = flags[i + 1] },
                _ => throw new ArgumentException(flags[i]),
            };
        }

        Initializer initializer = InitializerRegistry.Create(init, arguments.ToOptions());
        FloatStream floatStream = stream switch
        {
            "native32" => FloatStream.Native32,
            "native32-ars" => FloatStream.Native32Ars,
            _ => FloatStream.RoundedDouble,
        };
        var generator = new Philox4x32(11);
        if (dtype == "float32")
        {
            var floats = new float[shape[0] * shape[1]];
            initializer.Fill(shape, floats, generator, floatStream);
            return Array.ConvertAll(floats, f => (double)f);
        }

        var doubles = new double[shape[0] * shape[1]];
        initializer.Fill(shape, doubles, generator, floatStream);
        return doubles;
    }
}
