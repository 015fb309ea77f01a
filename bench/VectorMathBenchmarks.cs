using System.Runtime.Intrinsics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Bench;

/// <summary>
/// Time per element of the samplers' own ln, sin/cos of 2πt and exp (<see cref="LaneMath"/> in double,
/// <see cref="FloatLaneMath"/> in float) against .NET's <c>Vector256.Log</c>, <c>Vector256.SinCos</c> and <c>Vector256.Exp</c> on the same
/// inputs (4,096 values in L1, one thread, Vector256 on every machine so the rows compare the same width). The .NET
/// angle rows include forming θ = 2πt (one multiply, or a convert and a fused multiply-add from the angle word), as a
/// sampler would have to. Accuracy and bit reproducibility of the same functions: <see cref="VectorMathSurvey"/>.
/// </summary>
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class VectorMathBenchmarks
{
    private const int Count = 4096;

    // 2π·2⁻²⁴ rounded to float: the angle word's step in radians.
    private const float TwoPiTimesTwoPowMinus24 = (float)(2 * Math.PI / (1 << 24));

    private readonly double[] radii = new double[Count];
    private readonly double[] turns = new double[Count];
    private readonly double[] exponents = new double[Count];
    private readonly float[] radiiFloat = new float[Count];
    private readonly uint[] angleWords = new uint[Count];
    private readonly double[] output = new double[Count];
    private readonly double[] output2 = new double[Count];
    private readonly float[] outputFloat = new float[Count];
    private readonly float[] outputFloat2 = new float[Count];

    [GlobalSetup]
    public void Setup()
    {
        var random = new Philox4x32(20261202);
        for (int i = 0; i < Count; i++)
        {
            PhiloxBlock block = random.Block((ulong)i);
            radii[i] = block.Uniform0;
            turns[i] = block.Uniform1;
            exponents[i] = -50 * block.Uniform1;
            radiiFloat[i] = FloatLaneMath.RadiusUniform(block.X0, block.X1);
            angleWords[i] = block.X2;
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("ln double")]
    public void LnDouble_Own()
    {
        for (int i = 0; i < Count; i += 4)
        {
            LaneMath.Log<Lanes256, Vector256<double>, Vector256<ulong>>(Vector256.Create(radii.AsSpan(i, 4))).CopyTo(output, i);
        }
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("ln double")]
    public void LnDouble_DotNet()
    {
        for (int i = 0; i < Count; i += 4)
        {
            Vector256.Log(Vector256.Create(radii.AsSpan(i, 4))).CopyTo(output, i);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("sincos double")]
    public void SinCosDouble_Own()
    {
        for (int i = 0; i < Count; i += 4)
        {
            LaneMath.SinCosTurns<Lanes256, Vector256<double>, Vector256<ulong>>(Vector256.Create(turns.AsSpan(i, 4)), out Vector256<double> sin, out Vector256<double> cos);
            sin.CopyTo(output, i);
            cos.CopyTo(output2, i);
        }
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("sincos double")]
    public void SinCosDouble_DotNet()
    {
        Vector256<double> twoPi = Vector256.Create(2 * Math.PI);
        for (int i = 0; i < Count; i += 4)
        {
            (Vector256<double> sin, Vector256<double> cos) = Vector256.SinCos(twoPi * Vector256.Create(turns.AsSpan(i, 4)));
            sin.CopyTo(output, i);
            cos.CopyTo(output2, i);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("exp double")]
    public void ExpDouble_Own()
    {
        for (int i = 0; i < Count; i += 4)
        {
            LaneMath.Exp<Lanes256, Vector256<double>, Vector256<ulong>>(Vector256.Create(exponents.AsSpan(i, 4))).CopyTo(output, i);
        }
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("exp double")]
    public void ExpDouble_DotNet()
    {
        for (int i = 0; i < Count; i += 4)
        {
            Vector256.Exp(Vector256.Create(exponents.AsSpan(i, 4))).CopyTo(output, i);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("ln float")]
    public void LnFloat_Own()
    {
        for (int i = 0; i < Count; i += 8)
        {
            FloatLaneMath.Log<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(Vector256.Create(radiiFloat.AsSpan(i, 8))).CopyTo(outputFloat, i);
        }
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("ln float")]
    public void LnFloat_DotNet()
    {
        for (int i = 0; i < Count; i += 8)
        {
            Vector256.Log(Vector256.Create(radiiFloat.AsSpan(i, 8))).CopyTo(outputFloat, i);
        }
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Count), BenchmarkCategory("sincos float")]
    public void SinCosFloat_Own()
    {
        for (int i = 0; i < Count; i += 8)
        {
            Vector256<float> x = FloatLaneMath.AngleTurns<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(
                Vector256.Create(angleWords.AsSpan(i, 8)), out Vector256<uint> quadrant);
            FloatLaneMath.SinCosTurns<FloatLanes256, Vector256<float>, Vector256<uint>, Vector256<ulong>>(x, quadrant, out Vector256<float> sin, out Vector256<float> cos);
            sin.CopyTo(outputFloat, i);
            cos.CopyTo(outputFloat2, i);
        }
    }

    [Benchmark(OperationsPerInvoke = Count), BenchmarkCategory("sincos float")]
    public void SinCosFloat_DotNet()
    {
        Vector256<float> step = Vector256.Create(TwoPiTimesTwoPowMinus24);
        Vector256<float> half = Vector256.Create(0.5f);
        for (int i = 0; i < Count; i += 8)
        {
            Vector256<float> k = Vector256.ConvertToSingle(Vector256.ShiftRightLogical(Vector256.Create(angleWords.AsSpan(i, 8)), 8).AsInt32());
            (Vector256<float> sin, Vector256<float> cos) = Vector256.SinCos(Vector256.FusedMultiplyAdd(k, step, half * step));
            sin.CopyTo(outputFloat, i);
            cos.CopyTo(outputFloat2, i);
        }
    }
}
