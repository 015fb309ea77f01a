using InitVerify.Init;

namespace InitVerify.Cli;

/// <summary>The raw values of the <see cref="InitializerFlags"/> options (null: not given).</summary>
internal sealed record InitializerArguments
{
    public string? Gain { get; init; }

    public string Mode { get; init; } = "fan-in";

    public string? Nonlinearity { get; init; }

    public string? NegativeSlope { get; init; }

    public string? Mean { get; init; }

    public string? Std { get; init; }

    public string? Low { get; init; }

    public string? High { get; init; }

    public string? Scale { get; init; }

    public string Distribution { get; init; } = "truncated-normal";

    public string Layout { get; init; } = "torch";

    public string? Groups { get; init; }

    /// <summary>The parsed options; throws <see cref="CliInputException"/> naming the first malformed option and what it allows.</summary>
    public InitializerOptions ToOptions() => new()
    {
        Gain = OptionParsing.Double(Gain, "--gain"),
        Mode = OptionParsing.Mode(Mode),
        Nonlinearity = OptionParsing.Nonlinearity(Nonlinearity),
        A = OptionParsing.Double(NegativeSlope, "--negative-slope") ?? 0.0,
        Mean = OptionParsing.Double(Mean, "--mean") ?? 0.0,
        Std = OptionParsing.Double(Std, "--std") ?? 1.0,
        Low = OptionParsing.Double(Low, "--low"),
        High = OptionParsing.Double(High, "--high"),
        Scale = OptionParsing.Double(Scale, "--scale") ?? 1.0,
        Distribution = OptionParsing.Distribution(Distribution),
        Layout = OptionParsing.Layout(Layout),
        Groups = OptionParsing.PositiveInt(Groups, "--groups") ?? 1,
    };
}
