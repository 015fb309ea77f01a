namespace InitVerify.Cli.Tests;

/// <summary>Runs the initverify command line in-process with captured output.</summary>
internal static class CliRunner
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, CliConsole.ForWriters(output, error));
        return (code, output.ToString(), error.ToString());
    }
}
