using MathNet.Numerics.Distributions;

namespace InitVerify.Propagation.Verification;

/// <summary>
/// A two-sided acceptance band for a statistic T (a mean log-ratio) that is approximately normal with a mean in
/// [<see cref="CenterLow"/>, <see cref="CenterHigh"/>] and standard deviation at most <see cref="StandardDeviation"/>:
/// accept when CenterLow − z·sd ≤ T ≤ CenterHigh + z·sd, z = Φ⁻¹(1 − r/2). Then P(false failure) ≤ r whatever
/// the mean is inside the center interval.
/// </summary>
public sealed record LogRatioBand
{
    /// <summary>Creates a band.</summary>
    /// <param name="centerLow">Lowest mean under the null, finite.</param>
    /// <param name="centerHigh">Highest mean under the null, ≥ centerLow.</param>
    /// <param name="standardDeviation">sd of T under the null, finite and ≥ 0.</param>
    /// <param name="falseFailureRate">r in (0, 1): the probability of rejecting a correct network.</param>
    /// <exception cref="ArgumentOutOfRangeException">A parameter outside its range.</exception>
    public LogRatioBand(double centerLow, double centerHigh, double standardDeviation, double falseFailureRate)
    {
        Guard.Finite(centerLow, nameof(centerLow));
        Guard.Finite(centerHigh, nameof(centerHigh));
        if (centerHigh < centerLow)
        {
            Guard.ThrowOutOfRange(nameof(centerHigh), centerHigh, $"must be ≥ centerLow = {centerLow}");
        }

        CenterLow = centerLow;
        CenterHigh = centerHigh;
        StandardDeviation = Guard.NonNegativeFinite(standardDeviation, nameof(standardDeviation));
        FalseFailureRate = Guard.OpenProbability(falseFailureRate, nameof(falseFailureRate));
        Z = UpperQuantile(falseFailureRate / 2);
    }

    /// <summary>Lowest null mean.</summary>
    public double CenterLow { get; }

    /// <summary>Highest null mean.</summary>
    public double CenterHigh { get; }

    /// <summary>sd of the statistic under the null.</summary>
    public double StandardDeviation { get; }

    /// <summary>r.</summary>
    public double FalseFailureRate { get; }

    /// <summary>z = Φ⁻¹(1 − r/2).</summary>
    public double Z { get; }

    /// <summary>CenterLow − z·sd.</summary>
    public double Lower => CenterLow - Z * StandardDeviation;

    /// <summary>CenterHigh + z·sd.</summary>
    public double Upper => CenterHigh + Z * StandardDeviation;

    /// <summary>
    /// The smallest shift d of the statistic's mean, from anywhere in the center interval, that is rejected with
    /// probability ≥ <paramref name="power"/>: d = (CenterHigh − CenterLow) + (z + Φ⁻¹(power))·sd.
    /// </summary>
    /// <param name="power">Detection probability in (0, 1).</param>
    public double DetectableDeviation(double power) =>
        CenterHigh - CenterLow + (Z + UpperQuantile(1 - Guard.OpenProbability(power, nameof(power)))) * StandardDeviation;

    /// <summary>Whether a value lies in [Lower, Upper] (NaN never does).</summary>
    /// <param name="value">The statistic.</param>
    public bool Contains(double value) => value >= Lower && value <= Upper;

    /// <summary>Φ⁻¹(1 − p), computed from the lower tail so that tiny p keep their precision.</summary>
    /// <param name="p">Upper-tail probability in (0, 1).</param>
    public static double UpperQuantile(double p) => -Normal.InvCDF(0.0, 1.0, Guard.OpenProbability(p, nameof(p)));

    /// <inheritdoc/>
    public override string ToString() => $"[{Lower:G4}, {Upper:G4}] (center [{CenterLow:G4}, {CenterHigh:G4}], sd {StandardDeviation:G4}, z {Z:G4})";
}
