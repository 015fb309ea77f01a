using System.Globalization;

namespace InitVerify.Cli;

/// <summary>Invariant number formatting for reports and verdicts: 4 significant digits, exponents as <c>2.5e-7</c>.</summary>
internal static class Fmt
{
    /// <summary><paramref name="value"/> with <paramref name="digits"/> significant digits, e.g. 0.01562, 2.5e-7, 1e-6.</summary>
    public static string G(double value, int digits = 4)
    {
        if (double.IsNaN(value))
        {
            return "NaN";
        }

        if (double.IsInfinity(value))
        {
            return value > 0 ? "∞" : "−∞";
        }

        string s = value.ToString("G" + digits.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        int e = s.IndexOf('E', StringComparison.Ordinal);
        if (e < 0)
        {
            return s;
        }

        int exponent = int.Parse(s[(e + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        return s[..e] + "e" + exponent.ToString(CultureInfo.InvariantCulture);
    }
}
