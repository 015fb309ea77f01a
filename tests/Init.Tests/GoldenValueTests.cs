using InitVerify.Init.Initializers;

namespace InitVerify.Init.Tests;

/// <summary>
/// The reproducibility contract: a seed gives the same numbers in every release (as numpy's and PyTorch's
/// users expect of a fixed seed). These values were produced by this library (Philox4x32-10, the samplers and
/// regimes documented in their files) with seed 20261124; a change here is a breaking change of every saved
/// experiment and must be deliberate. Correctness of the distributions is proved separately (tests/Properties).
/// Regenerated once (issue 8, before the first release) when ln/sin/cos/exp moved from the platform's libm to the
/// library's own bit-reproducible kernels (Sampling/LaneMath.cs): only the first "normal rejection" value moved, by 1 ulp.
/// </summary>
public class GoldenValueTests
{
    private const ulong Seed = 20261124;

    private static readonly Dictionary<string, (Initializer Initializer, int[] Shape, double[] Expected)> Cases = new()
    {
        ["uniform"] = (new UniformInitializer(-1, 3), [5], [2.822750438128744, 2.245178565176828, 0.5313253659609807, -0.4122932940780004, 2.9481069214826157]),
        ["normal"] = (new NormalInitializer(0.5, 2), [5], [0.726215789933893, -0.05805010277548306, 2.1720457324895817, 2.7103278163952873, 0.2030153754591541]),
        // Truncated normal, one case per regime of Robert's sampler:
        ["normal rejection"] = (new TruncatedNormalInitializer(0, 1, -3, 3), [5], [0.11310789496694648, -0.27902505138774153, 0.8360228662447908, 1.1051639081976437, -0.14849231227042295]),
        ["uniform rejection around 0"] = (new TruncatedNormalInitializer(0, 1, -0.5, 1), [5], [0.5011466474779753, 0.07424701223536778, 0.9805400955559809, 0.9323473811739877, 0.02444140928075267]),
        ["exponential tail"] = (new TruncatedNormalInitializer(0, 1, 1.5, 9), [5], [1.5226620938014463, 1.9800803742167112, 1.5065290787364864, 1.5230752421849474, 2.025443336626031]),
        ["uniform tail"] = (new TruncatedNormalInitializer(0, 1, 2, 2.1), [5], [2.0955687609532188, 2.0382831341490246, 2.0987026730370655, 2.0954898254115992, 2.034962760618717]),
        ["mirrored left tail"] = (new TruncatedNormalInitializer(1, 2, -20, -1), [5], [-1.0560237769021286, -2.186823954390785, -1.0161407702974916, -1.0570451358757316, -2.298967364788159]),
        // α = 1e151: σ·z − a is far below double resolution, so every draw rounds to a = 1e-49.
        ["astronomical tail"] = (new TruncatedNormalInitializer(0, 1e-200, 1e-49, 2e-49), [5], [1e-49, 1e-49, 1e-49, 1e-49, 1e-49]),
        ["orthogonal"] = (new OrthogonalInitializer(), [2, 3], [0.12728995502337015, -0.3140106731888011, 0.9408477902794186, 0.9857600254397402, -0.0650364289500322, -0.1550723545783378]),
    };

    /// <summary>The regimes' names: plain strings, so each regime is its own serializable test case.</summary>
    public static TheoryData<string> Regimes => new(Cases.Keys);

    [Theory]
    [MemberData(nameof(Regimes))]
    public void Seed20261124_GivesThePublishedValues(string regime)
    {
        (Initializer initializer, int[] shape, double[] expected) = Cases[regime];
        var actual = new double[expected.Length];
        initializer.Fill(shape, actual, Seed);
        Assert.True(expected.SequenceEqual(actual), $"{regime}: got {string.Join(", ", actual.Select(x => x.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}");
    }
}
