using FsCheck;
using FsCheck.Fluent;
using InitVerify.Init;
using InitVerify.Init.Initializers;

namespace InitVerify.Properties;

/// <summary>
/// Why weights must not all be equal: with a constant first layer every hidden unit computes the same activation and
/// receives the same gradient, so gradient descent can never make them differ; random init breaks the symmetry.
/// A two-layer tanh network y = W₂ tanh(W₁ x), loss Σ y ⊙ g for a random g (tanh' &gt; 0, so no unit is ever
/// silenced by chance and random units always differ).
/// </summary>
public class SymmetryProperties
{
    [SeededProperty(MaxTest = 25)]
    public Property ConstantInit_GivesIdenticalUnitsAndGradients_RandomInitDoesNot() => Prop.ForAll(
        (from inputs in Gen.Choose(2, 20) from hidden in Gen.Choose(2, 16) from outputs in Gen.Choose(1, 6)
         from batch in Gen.Choose(1, 8) from value in Gen.Elements(0.0, 0.1, -0.3, 1.0) from seed in Arbitraries.Seed
         select (inputs, hidden, outputs, batch, value, seed)).ToArbitrary(),
        c =>
        {
            var x = new double[c.batch * c.inputs];
            new NormalInitializer().Fill([c.batch, c.inputs], x, c.seed);
            var g = new double[c.batch * c.outputs];
            new NormalInitializer().Fill([c.batch, c.outputs], g, c.seed + 1);

            var (constantActivations, constantGradients) = Run(new ConstantInitializer(c.value), c.inputs, c.hidden, c.outputs, c.batch, x, g, c.seed);
            var (randomActivations, randomGradients) = Run(LeCun.Normal(), c.inputs, c.hidden, c.outputs, c.batch, x, g, c.seed);

            bool constantSymmetric = RowsIdentical(constantActivations, c.hidden) && RowsIdentical(constantGradients, c.hidden);
            bool randomBroken = !RowsIdentical(randomActivations, c.hidden) && !RowsIdentical(randomGradients, c.hidden);
            return (constantSymmetric && randomBroken)
                .Label($"in {c.inputs}, hidden {c.hidden}, out {c.outputs}, batch {c.batch}, constant {c.value}: constant symmetric {constantSymmetric}, random broken {randomBroken}")
                .Classify(c.value == 0.0, "zeros");
        });

    // Returns the hidden activations per unit (unit-major, hidden × batch) and dL/dW₁ (hidden × inputs).
    private static (double[] Activations, double[] Gradients) Run(Initializer init, int inputs, int hidden, int outputs, int batch, double[] x, double[] g, ulong seed)
    {
        var w1 = new double[hidden * inputs];
        var w2 = new double[outputs * hidden];
        init.Fill([hidden, inputs], w1, seed + 2);
        init.Fill([outputs, hidden], w2, seed + 3);
        var z = new double[hidden * batch];
        for (int u = 0; u < hidden; u++)
        {
            for (int b = 0; b < batch; b++)
            {
                double s = 0;
                for (int i = 0; i < inputs; i++)
                {
                    s += w1[u * inputs + i] * x[b * inputs + i];
                }

                z[u * batch + b] = s;
            }
        }

        var gradW1 = new double[hidden * inputs];
        for (int u = 0; u < hidden; u++)
        {
            for (int b = 0; b < batch; b++)
            {
                double dh = 0;
                for (int o = 0; o < outputs; o++)
                {
                    dh += g[b * outputs + o] * w2[o * hidden + u];
                }

                double t = Math.Tanh(z[u * batch + b]);
                double dz = dh * (1 - t * t);
                for (int i = 0; i < inputs; i++)
                {
                    gradW1[u * inputs + i] += dz * x[b * inputs + i];
                }
            }
        }

        return (z.Select(Math.Tanh).ToArray(), gradW1);
    }

    private static bool RowsIdentical(double[] matrix, int rows)
    {
        int cols = matrix.Length / rows;
        for (int r = 1; r < rows; r++)
        {
            for (int c = 0; c < cols; c++)
            {
                if (matrix[r * cols + c] != matrix[c])
                {
                    return false;
                }
            }
        }

        return true;
    }
}
