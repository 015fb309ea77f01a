using System.CommandLine;
using System.Globalization;
using InitVerify.Init;
using InitVerify.Init.Shapes;

namespace InitVerify.Cli;

/// <summary><c>initverify sample</c>: fills one weight and prints its realised mean and variance next to the target.</summary>
internal static class SampleCommand
{
    public static Command Create(CliConsole io)
    {
        var init = new Option<string>("--init") { Description = "Initializer: " + string.Join(", ", InitializerRegistry.Names), Required = true };
        var shape = new Option<string>("--shape") { Description = "Weight shape, e.g. 256x128 ([out, in] in PyTorch layout)", Required = true };
        var seed = new Option<string>("--seed") { Description = "Seed (unsigned 64-bit integer)", DefaultValueFactory = _ => "0" };
        var gain = new Option<string?>("--gain") { Description = "Gain (xavier-*, orthogonal)" };
        var mode = new Option<string>("--mode") { Description = "Fan mode: fan-in, fan-out, fan-avg (he-*, variance-scaling)", DefaultValueFactory = _ => "fan-in" };
        var layout = new Option<string>("--layout") { Description = "Weight layout: torch ([out, in, k...]) or keras ([k..., in, out])", DefaultValueFactory = _ => "torch" };
        var command = new Command("sample", "Fill one weight tensor and compare its realised mean and variance with the target")
        {
            init, shape, seed, gain, mode, layout,
        };
        command.SetAction(result => Run(
            result.GetValue(init)!, result.GetValue(shape)!, result.GetValue(seed)!, result.GetValue(gain),
            result.GetValue(mode)!, result.GetValue(layout)!, io.Out, io.Error));
        return command;
    }

    internal static int Run(string initName, string shapeText, string seedText, string? gainText, string modeText, string layoutText,
        TextWriter output, TextWriter error)
    {
        if (!ShapeParser.TryParse(shapeText, out int[] shape, out string shapeError))
        {
            return Fail(error, shapeError);
        }

        if (!ulong.TryParse(seedText, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
        {
            return Fail(error, $"--seed '{seedText}' must be an integer in 0..{ulong.MaxValue}");
        }

        double? gain = null;
        if (gainText is not null)
        {
            if (!double.TryParse(gainText, NumberStyles.Float, CultureInfo.InvariantCulture, out double g))
            {
                return Fail(error, $"--gain '{gainText}' must be a number");
            }

            gain = g;
        }

        FanMode? mode = modeText.ToLowerInvariant() switch
        {
            "fan-in" or "fan_in" => FanMode.FanIn,
            "fan-out" or "fan_out" => FanMode.FanOut,
            "fan-avg" or "fan_avg" => FanMode.FanAvg,
            _ => null,
        };
        if (mode is null)
        {
            return Fail(error, $"--mode '{modeText}' must be one of fan-in, fan-out, fan-avg");
        }

        WeightLayout? layout = layoutText.ToLowerInvariant() switch
        {
            "torch" or "pytorch" => WeightLayout.OutInKernel,
            "keras" or "tf" => WeightLayout.KernelInOut,
            _ => null,
        };
        if (layout is null)
        {
            return Fail(error, $"--layout '{layoutText}' must be torch or keras");
        }

        try
        {
            Initializer initializer = InitializerRegistry.Create(initName, new InitializerOptions { Gain = gain, Mode = mode.Value, Layout = layout.Value });
            WeightDistribution target = initializer.Target(shape);
            var weights = new double[WeightShape.ElementCount(shape)];
            initializer.Fill(shape, weights, seed);
            double mean = weights.Average();
            double variance = weights.Length > 1 ? weights.Sum(x => (x - mean) * (x - mean)) / (weights.Length - 1) : 0.0;
            var c = CultureInfo.InvariantCulture;
            output.WriteLine($"initializer  {initializer.Name}");
            output.WriteLine($"shape        {WeightShape.Format(shape)} ({weights.Length} elements), seed {seed}");
            if (shape.Length >= 2)
            {
                Fans fans = Fans.FromShape(shape, layout.Value);
                output.WriteLine(string.Create(c, $"fans         fan_in {fans.FanIn}, fan_out {fans.FanOut}"));
            }

            output.WriteLine($"target       {target}");
            output.WriteLine(string.Create(c, $"mean         realised {mean,14:G6}   target {target.ExpectedValue,14:G6}"));
            output.WriteLine(string.Create(c, $"variance     realised {variance,14:G6}   target {target.Variance,14:G6}   ratio {variance / target.Variance:F4}"));
            output.WriteLine(string.Create(c, $"range        [{weights.Min():G6}, {weights.Max():G6}]"));
            return 0;
        }
        catch (ArgumentException e)
        {
            return Fail(error, e.Message.Split('\n')[0].Trim());
        }
    }

    private static int Fail(TextWriter error, string message)
    {
        error.WriteLine($"initverify: {message}");
        return 2;
    }
}
