using System.CommandLine;

namespace InitVerify.Cli;

/// <summary>
/// The options that parameterise an initializer (gain, fan mode, nonlinearity, mean, σ, bounds, scale, layout,
/// groups), declared once for every command that builds one — <c>sample</c> fills with them, <c>check</c> expects with
/// them — so a weight written by <c>sample … --out w.npy</c> is checked by <c>check w.npy</c> with the same flags.
/// </summary>
internal sealed class InitializerFlags
{
    private readonly Option<string?> gain = new("--gain") { Description = "Gain (xavier-*, orthogonal)" };
    private readonly Option<string> mode = new("--mode") { Description = "Fan mode: fan-in, fan-out, fan-avg (he-*, variance-scaling)", DefaultValueFactory = _ => "fan-in" };
    private readonly Option<string?> nonlinearity = new("--nonlinearity") { Description = "linear, conv, sigmoid, tanh, relu, leaky-relu, selu (he-*: default leaky-relu with --negative-slope 0; xavier-*: its gain)" };
    private readonly Option<string?> slope = new("--negative-slope") { Description = "Leaky-ReLU negative slope a (he-*; default 0)" };
    private readonly Option<string?> mean = new("--mean") { Description = "Mean μ (normal, truncated-normal; the value of constant)" };
    private readonly Option<string?> std = new("--std") { Description = "Standard deviation σ (normal, truncated-normal; default 1)" };
    private readonly Option<string?> low = new("--low") { Description = "Lower bound a (uniform default 0, truncated-normal default μ − 2σ)" };
    private readonly Option<string?> high = new("--high") { Description = "Upper bound b (uniform default 1, truncated-normal default μ + 2σ)" };
    private readonly Option<string?> scale = new("--scale") { Description = "Scale (variance-scaling; default 1)" };
    private readonly Option<string> distribution = new("--distribution") { Description = "variance-scaling distribution: normal, truncated-normal, uniform", DefaultValueFactory = _ => "truncated-normal" };
    private readonly Option<string> layout = new("--layout") { Description = "Weight layout for fans: torch ([out, in, k...]) or keras ([k..., in, out])", DefaultValueFactory = _ => "torch" };
    private readonly Option<string?> groups = new("--groups") { Description = "Convolution groups for fans (default 1)" };

    /// <summary>Adds every option to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        foreach (Option option in (Option[])[gain, mode, nonlinearity, slope, mean, std, low, high, scale, distribution, layout, groups])
        {
            command.Options.Add(option);
        }
    }

    /// <summary>The raw tokens of a parse (validated later by <see cref="InitializerArguments.ToOptions"/>).</summary>
    public InitializerArguments Read(ParseResult result) => new()
    {
        Gain = result.GetValue(gain),
        Mode = result.GetValue(mode)!,
        Nonlinearity = result.GetValue(nonlinearity),
        NegativeSlope = result.GetValue(slope),
        Mean = result.GetValue(mean),
        Std = result.GetValue(std),
        Low = result.GetValue(low),
        High = result.GetValue(high),
        Scale = result.GetValue(scale),
        Distribution = result.GetValue(distribution)!,
        Layout = result.GetValue(layout)!,
        Groups = result.GetValue(groups),
    };
}
