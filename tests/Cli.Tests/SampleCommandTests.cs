namespace InitVerify.Cli.Tests;

/// <summary>The original <c>initverify sample</c> command keeps working through the new root command.</summary>
public class SampleCommandTests
{
    [Fact]
    public void Sample_PrintsTargetAndRealisedMoments()
    {
        var (code, output, error) = CliRunner.Run("sample", "--init", "he-normal", "--shape", "256x128", "--seed", "7");
        Assert.True(code == 0, error);
        Assert.Contains("initializer  he-normal", output, StringComparison.Ordinal);
        Assert.Contains("fan_in 128, fan_out 256", output, StringComparison.Ordinal);
        Assert.Contains("ratio", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sample_BadShape_IsAUsageError()
    {
        var (code, _, error) = CliRunner.Run("sample", "--init", "he-normal", "--shape", "0x3");
        Assert.Equal(2, code);
        Assert.StartsWith("initverify: --shape '0x3'", error, StringComparison.Ordinal);
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
}
