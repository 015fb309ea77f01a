using System.CommandLine;
using System.CommandLine.Help;
using InitVerify.Cli.Check;
using InitVerify.Cli.Npy;
using InitVerify.Cli.Report;

namespace InitVerify.Cli;

/// <summary>The <c>initverify</c> command line: builds the root command and runs it with a given console.</summary>
internal static class CliApp
{
    /// <summary>Exit code of a usage or input error (a check's verdict uses 0 for pass and 1 for fail).</summary>
    public const int UsageError = 2;

    /// <summary>The root command with every subcommand, writing to <paramref name="io"/>.</summary>
    public static RootCommand CreateRoot(CliConsole io) =>
        new("initverify: neural-network weight initializers and the statistical gate that proves them right")
        {
            SampleCommand.Create(io),
            CheckCommand.Create(io),
            ReportCommand.Create(io),
        };

    /// <summary>
    /// Parses and runs <paramref name="args"/>. Parse errors and input errors print one line
    /// <c>initverify: …</c> on the error stream and return <see cref="UsageError"/>; help returns 0.
    /// </summary>
    public static int Run(string[] args, CliConsole io)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(io);
        RootCommand root = CreateRoot(io);
        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            foreach (var error in parse.Errors)
            {
                io.Error.WriteLine($"initverify: {error.Message}");
            }

            io.Error.WriteLine("Run 'initverify --help' (or 'initverify COMMAND --help') for usage.");
            return UsageError;
        }

        try
        {
            return parse.Invoke(new InvocationConfiguration { Output = io.Out, Error = io.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliInputException e)
        {
            return Fail(io, e.Message);
        }
        catch (NpyFormatException e)
        {
            return Fail(io, e.Message);
        }
        catch (ArgumentException e)
        {
            // The libraries validate every parameter and name the allowed range in the first line.
            string first = e.Message.Split('\n')[0].Trim();
            int parameter = first.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return Fail(io, parameter > 0 ? first[..parameter] : first);
        }
    }

    /// <summary>Writes <c>initverify: {message}</c> and returns <see cref="UsageError"/>.</summary>
    public static int Fail(CliConsole io, string message)
    {
        io.Error.WriteLine($"initverify: {message}");
        return UsageError;
    }
}
