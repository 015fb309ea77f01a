using System.CommandLine;
using InitVerify.Cli;

var root = new RootCommand("InitVerify: neural-network weight initializers and the statistical gate that proves them right")
{
    SampleCommand.Create(),
};
return root.Parse(args).Invoke();
