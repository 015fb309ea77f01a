using InitVerify.Cli;

return CliApp.Run(args, CliConsole.ForProcess());
