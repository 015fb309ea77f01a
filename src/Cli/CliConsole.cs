using Spectre.Console;

namespace InitVerify.Cli;

/// <summary>
/// Where a command writes: a Spectre console for tables and progress (plain text, no ANSI codes, when the output
/// is redirected or is a test's writer), the same stream as a plain writer, and the error stream.
/// </summary>
internal sealed class CliConsole
{
    /// <summary>Width used when the output is not a terminal (Spectre would otherwise wrap tables at 80 columns).</summary>
    public const int RedirectedWidth = 160;

    private CliConsole(IAnsiConsole console, TextWriter output, TextWriter error, bool showProgress)
    {
        Console = console;
        Out = output;
        Error = error;
        ShowProgress = showProgress;
    }

    /// <summary>The Spectre console for standard output.</summary>
    public IAnsiConsole Console { get; }

    /// <summary>Standard output as a plain writer.</summary>
    public TextWriter Out { get; }

    /// <summary>Standard error.</summary>
    public TextWriter Error { get; }

    /// <summary>Whether live progress bars can be drawn (an interactive terminal); otherwise stages are logged as lines.</summary>
    public bool ShowProgress { get; }

    /// <summary>The process's console: Spectre detects redirection and TERM=dumb and then writes plain text.</summary>
    public static CliConsole ForProcess()
    {
        IAnsiConsole console = AnsiConsole.Console;
        bool redirected = System.Console.IsOutputRedirected;
        if (redirected)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return new CliConsole(console, System.Console.Out, System.Console.Error,
            showProgress: !redirected && console.Profile.Capabilities.Interactive);
    }

    /// <summary>A console over given writers (tests): no colours, no ANSI codes, no live progress.</summary>
    public static CliConsole ForWriters(TextWriter output, TextWriter error)
    {
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = RedirectedWidth;
        return new CliConsole(console, output, error, showProgress: false);
    }
}
