using System.Globalization;
using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Shapes;

namespace InitVerify.Cli;

/// <summary>
/// Turns option tokens into values. Options are declared as strings and parsed here (System.CommandLine's own
/// conversion would report a malformed number as a parse error without naming the allowed range); every
/// failure throws <see cref="CliInputException"/> naming the option, the token and what is allowed.
/// </summary>
internal static class OptionParsing
{
    public static double? Double(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            throw new CliInputException($"{option} '{text}' must be a finite number");
        }

        return value;
    }

    public static double Probability(string text, string option)
    {
        double value = Double(text, option)!.Value;
        if (!(value > 0 && value < 1))
        {
            throw new CliInputException($"{option} '{text}' must be a probability in (0, 1), e.g. 1e-6");
        }

        return value;
    }

    public static int? PositiveInt(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }

        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1)
        {
            throw new CliInputException($"{option} '{text}' must be an integer in 1..{int.MaxValue}");
        }

        return value;
    }

    public static ulong Seed(string text, string option = "--seed")
    {
        if (!ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
        {
            throw new CliInputException($"{option} '{text}' must be an integer in 0..{ulong.MaxValue}");
        }

        return seed;
    }

    /// <summary>An initializer name of the registry (any case), as given.</summary>
    public static string InitializerName(string text, string option) =>
        InitializerRegistry.Names.Contains(text.ToLowerInvariant())
            ? text
            : throw new CliInputException($"{option} '{text}' must be one of {string.Join(", ", InitializerRegistry.Names)}");

    public static FanMode Mode(string text) => text.ToLowerInvariant() switch
    {
        "fan-in" or "fan_in" => FanMode.FanIn,
        "fan-out" or "fan_out" => FanMode.FanOut,
        "fan-avg" or "fan_avg" => FanMode.FanAvg,
        _ => throw new CliInputException($"--mode '{text}' must be one of fan-in, fan-out, fan-avg"),
    };

    public static WeightLayout Layout(string text) => text.ToLowerInvariant() switch
    {
        "torch" or "pytorch" => WeightLayout.OutInKernel,
        "keras" or "tf" => WeightLayout.KernelInOut,
        _ => throw new CliInputException($"--layout '{text}' must be torch or keras"),
    };

    public static Nonlinearity? Nonlinearity(string? text) => text?.ToLowerInvariant() switch
    {
        null => null,
        "linear" => Init.Nonlinearity.Linear,
        "conv" => Init.Nonlinearity.Conv,
        "sigmoid" => Init.Nonlinearity.Sigmoid,
        "tanh" => Init.Nonlinearity.Tanh,
        "relu" => Init.Nonlinearity.Relu,
        "leaky-relu" or "leaky_relu" => Init.Nonlinearity.LeakyRelu,
        "selu" => Init.Nonlinearity.Selu,
        _ => throw new CliInputException($"--nonlinearity '{text}' must be one of linear, conv, sigmoid, tanh, relu, leaky-relu, selu"),
    };

    public static VarianceScalingDistribution Distribution(string text) => text.ToLowerInvariant() switch
    {
        "normal" => VarianceScalingDistribution.Normal,
        "truncated-normal" or "truncated_normal" => VarianceScalingDistribution.TruncatedNormal,
        "uniform" => VarianceScalingDistribution.Uniform,
        _ => throw new CliInputException($"--distribution '{text}' must be one of normal, truncated-normal, uniform"),
    };

    public static int[] Shape(string text)
    {
        if (!ShapeParser.TryParse(text, out int[] shape, out string error))
        {
            throw new CliInputException(error);
        }

        return shape;
    }
}
