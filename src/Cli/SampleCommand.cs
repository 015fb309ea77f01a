using System.CommandLine;
using System.Globalization;
using InitVerify.Cli.Npy;
using InitVerify.Init;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;
using InitVerify.Init.Shapes;

namespace InitVerify.Cli;

/// <summary>
/// <c>initverify sample</c>: fills one weight (float32 or float64, from any <see cref="FloatStream"/>), prints its
/// realised mean, variance and range next to the target, and optionally saves it as a NumPy .npy file — which
/// <c>initverify check</c> verifies with the same initializer flags.
/// </summary>
internal static class SampleCommand
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static Command Create(CliConsole io)
    {
        var init = new Option<string>("--init") { Description = "Initializer: " + string.Join(", ", InitializerRegistry.Names), Required = true };
        var shape = new Option<string>("--shape") { Description = "Weight shape, e.g. 256x128 ([out, in] in PyTorch layout)", Required = true };
        var seed = new Option<string>("--seed") { Description = "Seed (unsigned 64-bit integer)", DefaultValueFactory = _ => "0" };
        var dtype = new Option<string>("--dtype") { Description = "Element type: float32 or float64", DefaultValueFactory = _ => "float64" };
        var stream = new Option<string>("--stream")
        {
            Description = "Random stream: rounded-double (the published default), native32 (float32 arithmetic on Philox words, faster) " +
                "or native32-ars (the same on ARS-7 words, fastest with AES-NI); the float32 streams draw uniform, normal and most truncated-normal targets",
            DefaultValueFactory = _ => "rounded-double",
        };
        var output = new Option<string?>("--out") { Description = "Save the weight as a NumPy .npy file (format 1.0, little-endian, C order)" };
        var flags = new InitializerFlags();
        var command = new Command("sample", "Fill one weight tensor, compare its realised mean and variance with the target, optionally save it (.npy)")
        {
            init, shape, seed, dtype, stream, output,
        };
        flags.AddTo(command);
        command.SetAction(r => Run(
            new SampleRequest(r.GetValue(init)!, r.GetValue(shape)!)
            {
                Seed = r.GetValue(seed)!,
                Dtype = r.GetValue(dtype)!,
                Stream = r.GetValue(stream)!,
                Out = r.GetValue(output),
                Initializer = flags.Read(r),
            },
            io.Out));
        return command;
    }

    /// <summary>Fills, reports and saves; throws <see cref="CliInputException"/> (or the library's ArgumentException) for bad input, before anything is written.</summary>
    public static int Run(SampleRequest request, TextWriter output)
    {
        int[] shape = OptionParsing.Shape(request.Shape);
        ulong seed = OptionParsing.Seed(request.Seed);
        bool single = Dtype(request.Dtype);
        FloatStream stream = Stream(request.Stream);
        InitializerOptions options = request.Initializer.ToOptions();
        Initializer initializer = InitializerRegistry.Create(OptionParsing.InitializerName(request.Init, "--init"), options);
        WeightDistribution target = initializer.Target(shape);
        if (request.Out is not null)
        {
            NpyWriter.CheckTarget(request.Out);
        }

        var generator = new Philox4x32(seed);
        double[] values;
        if (single)
        {
            var weights = new float[WeightShape.ElementCount(shape)];
            initializer.Fill(shape, weights, generator, stream);
            if (request.Out is not null)
            {
                NpyWriter.Write(request.Out, shape, weights);
            }

            values = Array.ConvertAll(weights, w => (double)w);
        }
        else
        {
            values = new double[WeightShape.ElementCount(shape)];
            initializer.Fill(shape, values, generator, stream);
            if (request.Out is not null)
            {
                NpyWriter.Write(request.Out, shape, values);
            }
        }

        Report(output, request, initializer, options, shape, seed, target, stream, single, values);
        return 0;
    }

    private static void Report(TextWriter output, SampleRequest request, Initializer initializer, InitializerOptions options, int[] shape, ulong seed,
        WeightDistribution target, FloatStream stream, bool single, double[] values)
    {
        (double mean, double variance, double min, double max) = Moments(values);
        output.WriteLine($"initializer  {initializer.Name}");
        output.WriteLine($"shape        {WeightShape.Format(shape)} ({values.Length} elements), seed {seed}");
        if (shape.Length >= 2 && target.Kind != DistributionKind.Orthogonal)
        {
            Fans fans = Fans.FromShape(shape, options.Layout, options.Groups);
            output.WriteLine(string.Create(C, $"fans         fan_in {fans.FanIn}, fan_out {fans.FanOut}"));
        }

        output.WriteLine($"target       {target}");
        output.WriteLine($"elements     {(single ? "float32" : "float64")}, stream {StreamName(stream)}{StreamNote(stream, target)}");
        output.WriteLine(string.Create(C, $"mean         realised {mean,14:G6}   target {target.ExpectedValue,14:G6}"));
        output.WriteLine(string.Create(C, $"variance     realised {variance,14:G6}   target {target.Variance,14:G6}   ratio {variance / target.Variance:F4}"));
        output.WriteLine(string.Create(C, $"range        [{min:G9}, {max:G9}]"));
        if (request.Out is not null)
        {
            output.WriteLine($"saved        {request.Out} ({(single ? "<f4" : "<f8")}, C order, .npy format 1.0)");
        }
    }

    /// <summary>Mean and unbiased variance (two passes), minimum and maximum.</summary>
    private static (double Mean, double Variance, double Min, double Max) Moments(double[] values)
    {
        double sum = 0, min = double.PositiveInfinity, max = double.NegativeInfinity;
        foreach (double v in values)
        {
            sum += v;
            min = Math.Min(min, v);
            max = Math.Max(max, v);
        }

        double mean = sum / values.Length;
        double squares = 0;
        foreach (double v in values)
        {
            squares += (v - mean) * (v - mean);
        }

        return (mean, values.Length > 1 ? squares / (values.Length - 1) : 0.0, min, max);
    }

    /// <summary>true for float32, false for float64.</summary>
    private static bool Dtype(string text) => text.ToLowerInvariant() switch
    {
        "float32" or "f4" or "single" => true,
        "float64" or "f8" or "double" => false,
        _ => throw new CliInputException($"--dtype '{text}' must be float32 or float64"),
    };

    private static FloatStream Stream(string text) => text.ToLowerInvariant() switch
    {
        "rounded-double" or "rounded_double" => FloatStream.RoundedDouble,
        "native32" => FloatStream.Native32,
        "native32-ars" or "native32_ars" => FloatStream.Native32Ars,
        _ => throw new CliInputException($"--stream '{text}' must be one of rounded-double, native32, native32-ars"),
    };

    private static string StreamName(FloatStream stream) => stream switch
    {
        FloatStream.Native32 => "native32",
        FloatStream.Native32Ars => "native32-ars",
        _ => "rounded-double",
    };

    /// <summary>Says when a float32 stream leaves the target to the rounded-double fill (<see cref="DistributionSampler.EffectiveStream"/>).</summary>
    private static string StreamNote(FloatStream stream, WeightDistribution target) =>
        DistributionSampler.EffectiveStream(target, stream) != stream
            ? $" (this {target.Kind} target is drawn from the rounded-double stream under every stream)"
            : "";
}
