namespace InitVerify.Cli;

/// <summary>
/// A usage or input error (bad option value, unreadable or malformed file): the command prints
/// <c>initverify: {Message}</c> on one line and exits with <see cref="CliApp.UsageError"/>, without a stack trace.
/// </summary>
internal sealed class CliInputException(string message) : Exception(message);
