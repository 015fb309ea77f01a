using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init;
using InitVerify.Init.Initializers;
using InitVerify.Init.Random;
using InitVerify.Init.Sampling;

namespace InitVerify.Properties;

/// <summary>Seeds: same seed, same bits; the Native32 double fill is the float fill widened; different seeds or streams,
/// different tensors; gains scale exactly.</summary>
public class DeterminismProperties
{
    [SeededProperty(MaxTest = 40)]
    public Property SameSeed_GivesSameBits(ScalingCase c)
    {
        Initializer initializer = c.Create();
        var first = new float[c.Shape.Count];
        var second = new float[c.Shape.Count];
        initializer.Fill(c.Shape.Dims, first, c.Seed);
        c.Create().Fill(c.Shape.Dims, second, new Philox4x32(c.Seed));
        return first.AsSpan().SequenceEqual(second).Label(c.ToString());
    }

    [SeededProperty(MaxTest = 40)]
    public Property Native32_DoubleFillIsTheFloatFillWidened(ScalingCase c)
    {
        // Under the float32 streams (FloatStream.Native32 and Native32Ars) a double tensor gets the float tensor's values
        // widened exactly (uniform and normal targets, and truncated normals in the normal-rejection regime — Keras's
        // truncated variance scaling at ±2σ); the other targets keep the default double fill. Exact: no tolerance.
        Initializer initializer = c.Create();
        var generator = new Philox4x32(c.Seed, stream: 2);
        bool widened = true;
        foreach (FloatStream stream in new[] { FloatStream.Native32, FloatStream.Native32Ars })
        {
            var floats = new float[c.Shape.Count];
            var doubles = new double[c.Shape.Count];
            initializer.Fill(c.Shape.Dims, floats, generator, stream);
            initializer.Fill(c.Shape.Dims, doubles, generator, stream);
            double[] expected = new double[c.Shape.Count];
            if (DistributionSampler.EffectiveStream(initializer.Target(c.Shape.Dims), stream) == stream)
            {
                for (int i = 0; i < floats.Length; i++)
                {
                    expected[i] = floats[i];
                }
            }
            else
            {
                initializer.Fill(c.Shape.Dims, expected, generator);
            }

            widened &= expected.AsSpan().SequenceEqual(doubles);
        }

        return widened.Label(c.ToString());
    }

    [SeededProperty(MaxTest = 40)]
    public Property DifferentSeeds_GiveDifferentTensors(ScalingCase c)
    {
        Initializer initializer = c.Create();
        var a = new double[c.Shape.Count];
        var b = new double[c.Shape.Count];
        var s = new double[c.Shape.Count];
        initializer.Fill(c.Shape.Dims, a, c.Seed);
        initializer.Fill(c.Shape.Dims, b, c.Seed + 1);
        initializer.Fill(c.Shape.Dims, s, new Philox4x32(c.Seed, stream: 1));
        // Continuous draws: two independent doubles coincide with probability ~2⁻⁵⁰; all elements must differ.
        bool differ = true;
        for (int i = 0; i < a.Length; i++)
        {
            differ &= a[i] != b[i] && a[i] != s[i];
        }

        return differ.Label(c.ToString());
    }

    [SeededProperty(MaxTest = 40)]
    public Property Gain_ScalesTheTensorByExactlyThatFactor(ShapeCase shape, ulong seed)
    {
        // Same seed ⇒ same standard draws z; gain k multiplies std, so w_k = k·w_1 up to the rounding of std·z and of
        // the √ of k²: at most 4 ulps (relative 4·2⁻⁵²) in double.
        double k = 1 + (seed % 1000) / 250.0;
        var one = new double[shape.Count];
        var scaled = new double[shape.Count];
        Xavier.Normal(1.0, shape.Layout, shape.Groups).Fill(shape.Dims, one, seed);
        Xavier.Normal(k, shape.Layout, shape.Groups).Fill(shape.Dims, scaled, seed);
        double worst = 0;
        for (int i = 0; i < one.Length; i++)
        {
            worst = Math.Max(worst, Math.Abs(scaled[i] - k * one[i]) / Math.Abs(k * one[i]));
        }

        return (worst <= 4 * Math.Pow(2, -52)).Label($"{shape}, k = {k}: worst relative deviation {worst:G3}");
    }
}
