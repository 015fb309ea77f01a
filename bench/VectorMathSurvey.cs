using System.Runtime.Intrinsics;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;
using InitVerify.Init.Tests.Reference;

namespace InitVerify.Bench;

/// <summary>
/// Accuracy and reproducibility of .NET's vector math (<c>Vector128/256/512.Log</c>, <c>.SinCos</c> and <c>.Exp</c>, .NET 9+)
/// against the samplers' own kernels (<see cref="LaneMath"/> in double, <see cref="FloatLaneMath"/> in float) on the
/// inputs Box-Muller gives them: the radius uniform u ∈ (0, 1] and the angle t ∈ (0, 1) in turns. For every
/// implementation it prints the worst error in ulps of the exact value, and how many inputs give other bits than the
/// scalar path and than the other vector widths (the samplers need identical bits on every path: heads and tails of a
/// range are filled element by element, and a machine without AVX-512 must give the bits of one with it).
/// <para>Exact values: float results against Math.Log / Math.SinCos in double (error ~1e-16 relative, far below a float
/// ulp); double results against Math.Log and Math.Exp (glibc, &lt; 0.52 ulp) and a sincos of 2πt through the exact quarter-turn
/// split and a two-part 2πx (glibc sin/cos &lt; 1 ulp), so double figures carry that reference error (±0.5–1 ulp).
/// .NET's functions take radians: θ = 2πt is formed in the working precision, as a caller would (its rounding is part
/// of the error measured: near a zero of sin or cos it dominates the relative error).</para>
/// Run: <c>dotnet run -c Release -- vectormath [inputs]</c> (default 2²² random inputs per function plus the extremes).
/// </summary>
public static class VectorMathSurvey
{
    /// <summary>Prints the survey as a Markdown table.</summary>
    /// <param name="count">Random inputs per function (a multiple of 16).</param>
    public static void Run(int count)
    {
        count = Math.Max(16, count / 16 * 16);
        var random = new Philox4x32(20261202);
        Console.WriteLine($"Vector512 accelerated: {Vector512.IsHardwareAccelerated}, Vector256: {Vector256.IsHardwareAccelerated}, " +
                          $"Vector128: {Vector128.IsHardwareAccelerated}; {count} random inputs per function plus extremes");
        Console.WriteLine();
        Console.WriteLine("| function | implementation | worst error (ulps of the exact value) | worst absolute error | inputs with other bits than the scalar path | than Vector256 |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|");

        double[] u = DoubleRadii(random, count);
        double[] t = DoubleAngles(random, count);
        float[] uf = FloatRadii(random, count);
        uint[] angleWords = Words(random, count, draw: 3);

        Report("ln u, double", u.Select(x => Math.Log(x)).ToArray(), DoubleUlp, new (string, double[])[]
        {
            ("own (LaneMath), Vector256", Map(u, v => LaneMath.Log<Lanes256, Vector256<double>, Vector256<ulong>>(v))),
            ("own, scalar path", u.Select(x => LaneMath.Log(x)).ToArray()),
            (".NET Vector128.Log", Map(u, v => Vector128.Log(v))),
            (".NET Vector256.Log", Map(u, v => Vector256.Log(v))),
            (".NET Vector512.Log", Map(u, v => Vector512.Log(v))),
            (".NET Math.Log (scalar)", u.Select(x => Math.Log(x)).ToArray()),
        });

        double[] sinExact = t.Select(x => TurnsReference.SinCos(x).Sin).ToArray();
        Report("sin 2πt, double", sinExact, DoubleUlp, new (string, double[])[]
        {
            ("own (LaneMath, turns), Vector256", Map(t, v => { LaneMath.SinCosTurns<Lanes256, Vector256<double>, Vector256<ulong>>(v, out Vector256<double> s, out _); return s; })),
            ("own, scalar path", t.Select(x => LaneMath.SinCosTurns(x).Sin).ToArray()),
            (".NET Vector128.SinCos(2π·t)", Map(t, v => Vector128.SinCos(Vector128.Create(2 * Math.PI) * v).Sin)),
            (".NET Vector256.SinCos(2π·t)", Map(t, v => Vector256.SinCos(Vector256.Create(2 * Math.PI) * v).Sin)),
            (".NET Vector512.SinCos(2π·t)", Map(t, v => Vector512.SinCos(Vector512.Create(2 * Math.PI) * v).Sin)),
            (".NET Math.SinCos(2π·t) (scalar)", t.Select(x => Math.SinCos(2 * Math.PI * x).Sin).ToArray()),
        });

        // The truncated normal's acceptance densities: e^(−z²/2) and relatives, arguments in [−50, 0] here.
        double[] x = u.Select(v => -50 * v).ToArray();
        Report("e^x, double (x ∈ [−50, 0])", x.Select(v => Math.Exp(v)).ToArray(), DoubleUlp, new (string, double[])[]
        {
            ("own (LaneMath), Vector256", Map(x, v => LaneMath.Exp<Lanes256, Vector256<double>, Vector256<ulong>>(v))),
            ("own, scalar path", x.Select(v => LaneMath.Exp(v)).ToArray()),
            (".NET Vector128.Exp", Map(x, v => Vector128.Exp(v))),
            (".NET Vector256.Exp", Map(x, v => Vector256.Exp(v))),
            (".NET Vector512.Exp", Map(x, v => Vector512.Exp(v))),
            (".NET Math.Exp (scalar)", x.Select(v => Math.Exp(v)).ToArray()),
        });

        Report("ln u, float", uf.Select(x => Math.Log(x)).ToArray(), FloatUlp, new (string, double[])[]
        {
            ("own (FloatLaneMath), Vector256", Widen(MapFloat(uf, v => FloatLaneMath.Log<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(v)))),
            ("own, scalar path", Widen(uf.Select(x => FloatLaneMath.Log(x)).ToArray())),
            (".NET Vector128.Log", Widen(MapFloat(uf, v => Vector128.Log(v)))),
            (".NET Vector256.Log", Widen(MapFloat(uf, v => Vector256.Log(v)))),
            (".NET Vector512.Log", Widen(MapFloat(uf, v => Vector512.Log(v)))),
            (".NET MathF.Log (scalar)", Widen(uf.Select(x => MathF.Log(x)).ToArray())),
        });

        // The float angle grid of the Native32 stream: t = (⌊w/2⁸⌋ + ½)·2⁻²⁴ (exact in double, 25 bits: not always a float).
        double[] tf = angleWords.Select(w => ((w >> 8) + 0.5) / (1 << 24)).ToArray();
        float[] thetaF = tf.Select(x => (float)(2 * Math.PI * x)).ToArray();
        Report("sin 2πt, float", tf.Select(x => TurnsReference.SinCos(x).Sin).ToArray(), FloatUlp, new (string, double[])[]
        {
            ("own (FloatLaneMath, angle word), Vector256", Widen(OwnFloatSin(angleWords))),
            ("own, scalar path", Widen(angleWords.Select(w => FloatLaneMath.SinCosOfAngleWord(w).Sin).ToArray())),
            (".NET Vector128.SinCos(θ), θ = fl(2πt)", Widen(MapFloat(thetaF, v => Vector128.SinCos(v).Sin))),
            (".NET Vector256.SinCos(θ), θ = fl(2πt)", Widen(MapFloat(thetaF, v => Vector256.SinCos(v).Sin))),
            (".NET Vector512.SinCos(θ), θ = fl(2πt)", Widen(MapFloat(thetaF, v => Vector512.SinCos(v).Sin))),
            (".NET MathF.SinCos(θ) (scalar)", Widen(thetaF.Select(x => MathF.SinCos(x).Sin).ToArray())),
        });
    }

    /// <summary>One table block: each implementation's worst error and its bit differences from the scalar and the Vector256 rows.</summary>
    private static void Report(string function, double[] exact, Func<double, double> ulp, (string Name, double[] Values)[] rows)
    {
        foreach ((string name, double[] values) in rows)
        {
            // Compared within the family: own rows with the own scalar and Vector256 rows, .NET rows with .NET's.
            bool own = name.StartsWith("own", StringComparison.Ordinal);
            double[]? scalar = rows.FirstOrDefault(r => r.Name.StartsWith("own", StringComparison.Ordinal) == own && r.Name.Contains("scalar")).Values;
            double[]? v256 = rows.FirstOrDefault(r => r.Name.StartsWith("own", StringComparison.Ordinal) == own && r.Name.Contains("Vector256")).Values;
            double worstUlps = 0;
            double worstAbsolute = 0;
            for (int i = 0; i < values.Length; i++)
            {
                double error = Math.Abs(values[i] - exact[i]);
                worstUlps = Math.Max(worstUlps, error / ulp(exact[i]));
                worstAbsolute = Math.Max(worstAbsolute, error);
            }

            string versusScalar = scalar is null || ReferenceEquals(values, scalar) ? "—" : Differences(values, scalar);
            string versusV256 = v256 is null || ReferenceEquals(values, v256) ? "—" : Differences(values, v256);
            Console.WriteLine($"| {function} | {name} | {worstUlps:F2} | {worstAbsolute:E1} | {versusScalar} | {versusV256} |");
        }
    }

    private static string Differences(double[] a, double[] b)
    {
        int count = 0;
        for (int i = 0; i < a.Length; i++)
        {
            count += BitConverter.DoubleToInt64Bits(a[i]) != BitConverter.DoubleToInt64Bits(b[i]) ? 1 : 0;
        }

        return $"{count} of {a.Length}";
    }

    private static double DoubleUlp(double x) => Math.BitIncrement(Math.Abs(x)) - Math.Abs(x);

    private static double FloatUlp(double x)
    {
        float f = Math.Abs((float)x);
        return MathF.BitIncrement(f) - f;
    }

    /// <summary>53-bit radius uniforms of random words, plus the extremes 2⁻⁵⁴ and the grid points next to 1.</summary>
    private static double[] DoubleRadii(Philox4x32 random, int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            PhiloxBlock block = random.Block((ulong)i);
            values[i] = block.Uniform0;
        }

        values[0] = PhiloxBlock.ToOpenUnit(0);
        values[1] = PhiloxBlock.ToOpenUnit(ulong.MaxValue);
        return values;
    }

    private static double[] DoubleAngles(Philox4x32 random, int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = random.Block((ulong)i, draw: 1).Uniform1;
        }

        return values;
    }

    /// <summary>The Native32 radius uniforms (40-bit grid rounded to float) of random word pairs.</summary>
    private static float[] FloatRadii(Philox4x32 random, int count)
    {
        var values = new float[count];
        for (int i = 0; i < count; i++)
        {
            PhiloxBlock block = random.Block((ulong)i, draw: 2);
            values[i] = FloatLaneMath.RadiusUniform(block.X0, block.X1);
        }

        values[0] = FloatLaneMath.RadiusUniform(0, 0);
        values[1] = FloatLaneMath.RadiusUniform(uint.MaxValue, uint.MaxValue);
        return values;
    }

    private static uint[] Words(Philox4x32 random, int count, uint draw)
    {
        var values = new uint[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = random.Block((ulong)i, draw).X2;
        }

        return values;
    }

    private static double[] Map(double[] inputs, Func<Vector128<double>, Vector128<double>> f) =>
        MapChunks(inputs, 2, (source, destination) => f(Vector128.Create(source)).CopyTo(destination));

    private static double[] Map(double[] inputs, Func<Vector256<double>, Vector256<double>> f) =>
        MapChunks(inputs, 4, (source, destination) => f(Vector256.Create(source)).CopyTo(destination));

    private static double[] Map(double[] inputs, Func<Vector512<double>, Vector512<double>> f) =>
        MapChunks(inputs, 8, (source, destination) => f(Vector512.Create(source)).CopyTo(destination));

    private static float[] MapFloat(float[] inputs, Func<Vector128<float>, Vector128<float>> f) =>
        MapChunks(inputs, 4, (source, destination) => f(Vector128.Create(source)).CopyTo(destination));

    private static float[] MapFloat(float[] inputs, Func<Vector256<float>, Vector256<float>> f) =>
        MapChunks(inputs, 8, (source, destination) => f(Vector256.Create(source)).CopyTo(destination));

    private static float[] MapFloat(float[] inputs, Func<Vector512<float>, Vector512<float>> f) =>
        MapChunks(inputs, 16, (source, destination) => f(Vector512.Create(source)).CopyTo(destination));

    /// <summary>Applies a vector function to consecutive chunks of <paramref name="width"/> inputs.</summary>
    private static T[] MapChunks<T>(T[] inputs, int width, ChunkMap<T> map)
    {
        var outputs = new T[inputs.Length];
        for (int i = 0; i < inputs.Length; i += width)
        {
            map(inputs.AsSpan(i, width), outputs.AsSpan(i, width));
        }

        return outputs;
    }

    private static float[] OwnFloatSin(uint[] words)
    {
        var outputs = new float[words.Length];
        for (int i = 0; i < words.Length; i += 8)
        {
            Vector256<float> x = FloatLaneMath.AngleTurns<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(
                Vector256.Create(words.AsSpan(i, 8)), out Vector256<uint> quadrant);
            FloatLaneMath.SinCosTurns<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(x, quadrant, out Vector256<float> sin, out _);
            sin.CopyTo(outputs, i);
        }

        return outputs;
    }

    private static double[] Widen(float[] values) => values.Select(v => (double)v).ToArray();

    private delegate void ChunkMap<T>(ReadOnlySpan<T> source, Span<T> destination);
}
