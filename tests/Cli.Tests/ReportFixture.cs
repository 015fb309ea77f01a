namespace InitVerify.Cli.Tests;

/// <summary>Runs <c>initverify report --quick</c> once for every report test (a few seconds) and shares the output directory.</summary>
public sealed class ReportFixture : IDisposable
{
    private readonly TempDirectory _dir = new();

    public ReportFixture()
    {
        (ExitCode, Output, Error) = CliRunner.Run("report", "--quick", "--out", _dir.Path, "--seed", "7");
        Markdown = File.Exists(Path.Combine(_dir.Path, "report.md")) ? File.ReadAllText(Path.Combine(_dir.Path, "report.md")) : "";
    }

    public string Directory => _dir.Path;

    public int ExitCode { get; }

    public string Output { get; }

    public string Error { get; }

    public string Markdown { get; }

    public void Dispose() => _dir.Dispose();
}
