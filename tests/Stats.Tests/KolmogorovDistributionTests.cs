using InitVerify.Stats.GoodnessOfFit;

namespace InitVerify.Stats.Tests;

public class KolmogorovDistributionTests
{
    /// <summary>Tolerance for two exact algorithms in double precision: both are good to ~1e-14 here.</summary>
    private const double ExactAgreement = 1e-10;

    [Fact]
    public void Cdf_MatchesExactReference_N10_D02()
    {
        // Provenance: statistics.md, K(10, 0.2) = 0.25128096 (exact rational; n d = 2 is an integer, the
        // ceil(n d) edge case of Marsaglia-Tsang-Wang).
        Assert.Equal(0.25128096, KolmogorovDistribution.Cdf(10, 0.2), 1e-14);
    }

    [Fact]
    public void Cdf_MatchesExactReference_N100_D005()
    {
        // Provenance: statistics.md, K(100, 0.05) = 0.046784028936427498 (exact).
        AssertRelative(0.046784028936427498, KolmogorovDistribution.Cdf(100, 0.05), 1e-13);
    }

    [Fact]
    public void Cdf_MatchesQuadPrecisionReference_N1000()
    {
        // Provenance: statistics.md, K(1000, 0.028933906713247914) = 0.63455489334408215 (quad precision).
        const double d = 0.028933906713247914, expected = 0.63455489334408215;
        // The dispatcher picks Pelz-Good here (n > 140, n d^1.5 > 1.4): asymptotic, ~1e-7 at n = 1000.
        (double value, KsMethod method) = KolmogorovDistribution.Evaluate(1000, d, wantCdf: true);
        Assert.Equal(KsMethod.PelzGood, method);
        Assert.Equal(expected, value, 1e-7);
        // The exact algorithms, called directly, reproduce all digits.
        AssertRelative(expected, MarsagliaTsangWang.Cdf(1000, d), 1e-12);
        AssertRelative(expected, Pomeranz.Cdf(1000, d), 1e-12);
    }

    [Fact]
    public void Limit_Q1_MatchesReference()
    {
        // Provenance: statistics.md, Q(1) = 0.26999967167735452.
        AssertRelative(0.26999967167735452, KolmogorovLimit.Sf(1), 1e-15);
        Assert.Equal(1, KolmogorovLimit.Sf(1) + KolmogorovLimit.Cdf(1), 1e-15);
    }

    [Theory]
    // Provenance: mpmath 1.3 at 40 digits, both series summed to convergence (nsum) and checked to add up to 1;
    // rounded to 17 significant digits. Each value is the function's small side, so relative error is the test:
    // the CDF below the switch (theta series), the SF above it (alternating series). Summed the other way, 1 − the
    // other series, they would lose all digits at x = 0.2 and 5 and ~9 digits at x = 3.
    [InlineData(0.2, 5.0504073386700709e-13, 0)]
    [InlineData(0.3, 9.3058013345666319e-6, 0)]
    [InlineData(0.5, 0.036054756335124906, 0)]
    [InlineData(0.82, 0.51197170529849722, 1)]
    [InlineData(1.5, 0.022217962616525129, 1)]
    [InlineData(2.0, 6.7092525577969535e-4, 1)]
    [InlineData(3.0, 3.0459959489425257e-8, 1)]
    [InlineData(5.0, 3.8574996959278356e-22, 1)]
    public void Limit_SmallSide_HasFullRelativePrecision(double x, double expected, int side)
    {
        double actual = side == 0 ? KolmogorovLimit.Cdf(x) : KolmogorovLimit.Sf(x);
        // exp(−E) of a rounded exponent E carries E·2⁻⁵³ relative error (its condition number), plus a few roundings:
        // tolerance (E + 8)·2⁻⁵¹ of the leading term's E (measured: 8.6e-15 at x = 0.2, E = 30.8; ≤ 4e-16 elsewhere).
        // Dropping the fifth alternating term changes Sf(0.82) by 1e-14 relative (tolerance there 4.1e-15); dropping
        // the second theta term changes Cdf(0.5) by 4e-7 relative.
        double leadingExponent = side == 0 ? Math.PI * Math.PI / (8 * x * x) : 2 * x * x;
        AssertRelative(expected, actual, (leadingExponent + 8) * Math.ScaleB(1, -51));
    }

    [Fact]
    public void Limit_AtAndBelowZero_IsExact()
    {
        foreach (double x in new[] { 0.0, -0.0, -1.0, double.NegativeInfinity })
        {
            Assert.Equal(0, KolmogorovLimit.Cdf(x));
            Assert.Equal(1, KolmogorovLimit.Sf(x));
        }

        Assert.Equal(1, KolmogorovLimit.Cdf(double.PositiveInfinity));
        Assert.Equal(0, KolmogorovLimit.Sf(double.PositiveInfinity));
    }

    [Fact]
    public void Limit_BadArguments_AreNamed()
    {
        foreach (Func<object> call in new Func<object>[] { () => KolmogorovLimit.Cdf(double.NaN), () => KolmogorovLimit.Sf(double.NaN) })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(call);
            Assert.Equal("x", error.ParamName);
            Assert.Contains("must not be NaN", error.Message, StringComparison.Ordinal);
        }

        foreach (double alpha in new[] { 0.0, 1.0, -0.5, double.NaN })
        {
            var error = Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovLimit.InverseSf(alpha));
            Assert.Equal("alpha", error.ParamName);
            Assert.Contains("(0, 1)", error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Limit_InverseSf_InvertsSfToTheUlp()
    {
        // The bisection stops at adjacent doubles, so Sf at the result straddles α within one ulp step of x.
        foreach (double alpha in new[] { 0.5, 0.2, 1e-3, 1e-9, 1e-15 })
        {
            double c = KolmogorovLimit.InverseSf(alpha);
            Assert.True(KolmogorovLimit.Sf(Math.BitDecrement(c)) >= alpha * (1 - 1e-14), $"α = {alpha}: Sf just below c");
            Assert.True(KolmogorovLimit.Sf(Math.BitIncrement(c)) <= alpha * (1 + 1e-14), $"α = {alpha}: Sf just above c");
            AssertRelative(alpha, KolmogorovLimit.Sf(c), 1e-12);
        }
    }

    [Theory]
    // Provenance: statistics.md, critical values c(α) of the limiting distribution of √n D (7 decimals).
    [InlineData(0.10, 1.2238479)]
    [InlineData(0.05, 1.3580986)]
    [InlineData(0.01, 1.6276236)]
    [InlineData(0.001, 1.9494746)]
    public void Limit_CriticalValues_MatchTable(double alpha, double critical)
    {
        Assert.Equal(critical, KolmogorovLimit.InverseSf(alpha), 6e-8);
    }

    [Fact]
    public void Limit_SeriesAgreeAtTheSwitch()
    {
        // Both series are exact; at x = 0.82 (the switch) and around it they must agree to rounding.
        foreach (double x in new[] { 0.6, 0.7, 0.8199, 0.82, 0.85, 1.0 })
        {
            Assert.Equal(1, KolmogorovLimit.Cdf(x) + KolmogorovLimit.Sf(x), 1e-15);
        }

        Assert.Equal(KolmogorovLimit.Cdf(0.8199999999), KolmogorovLimit.Cdf(0.82), 1e-9);
    }

    [Theory]
    // Provenance: statistics.md, exact finite-n critical values d_α(n), given to 5 digits.
    [InlineData(10, 0.10, 0.36866)]
    [InlineData(10, 0.05, 0.40925)]
    [InlineData(10, 0.01, 0.48893)]
    [InlineData(100, 0.10, 0.12066)]
    [InlineData(100, 0.05, 0.13403)]
    [InlineData(100, 0.01, 0.16081)]
    public void Sf_CriticalValuesReproduceTableToFiveDigits(int n, double alpha, double tabulated)
    {
        // d* with P(D_n > d*) = α, by bisection; it must round to the tabulated 5 digits.
        double lo = 0.01, hi = 0.99;
        for (int i = 0; i < 100; i++)
        {
            double mid = 0.5 * (lo + hi);
            if (KolmogorovDistribution.Sf(n, mid) > alpha)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }

        Assert.Equal(tabulated, Math.Round(0.5 * (lo + hi), 5), 1e-12);
        Assert.Equal(1 - alpha, KolmogorovDistribution.Cdf(n, tabulated), 5e-5);
    }

    public static TheoryData<int, int, int> SmallExactCases()
    {
        var data = new TheoryData<int, int, int>();
        foreach (int n in new[] { 1, 2, 3, 4, 5, 6, 7, 8 })
        {
            foreach ((int p, int q) in new[] { (1, 40), (3, 40), (1, 8), (1, 5), (7, 30), (1, 4), (3, 10), (1, 3), (2, 5), (9, 20), (1, 2), (3, 5), (7, 10), (9, 10) })
            {
                data.Add(n, p, q);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(SmallExactCases))]
    public void Cdf_MatchesExactRationalSteckDeterminant_SmallN(int n, int p, int q)
    {
        // Independent reference: Steck's determinant in exact rational arithmetic (TestSupport).
        double d = (double)p / q;
        double exact = TestSupport.SteckKolmogorov(n, new Rational(p, q)).ToDouble();
        Assert.Equal(exact, KolmogorovDistribution.Cdf(n, d), 1e-12);
        Assert.Equal(1 - exact, KolmogorovDistribution.Sf(n, d), 1e-12);
    }

    [Theory]
    [InlineData(100, 1, 2)]
    [InlineData(100, 3, 10)]
    [InlineData(140, 1, 5)]
    [InlineData(60, 1, 4)]
    [InlineData(20, 2, 5)]
    public void Smirnov_MatchesExactRationalBirnbaumTingey(int n, int p, int q)
    {
        // Independent reference: the Birnbaum-Tingey sum in exact rational arithmetic.
        double exact = TestSupport.ExactSmirnov(n, new Rational(p, q)).ToDouble();
        AssertRelative(exact, KolmogorovDistribution.OneSidedSf(n, (double)p / q), 1e-12);
    }

    [Fact]
    public void Sf_TinyPValuesKeepRelativeAccuracy()
    {
        // d ≥ ½: SF = 2 smirnov(n, d) exactly; at n = 100, d = 0.5 it is ~1.2e-23, far below what 1 − CDF can give.
        double exact = 2 * TestSupport.ExactSmirnov(100, new Rational(1, 2)).ToDouble();
        double sf = KolmogorovDistribution.Sf(100, 0.5);
        Assert.InRange(sf, 1e-24, 1e-22);
        AssertRelative(exact, sf, 1e-12);
        Assert.Equal(KsMethod.Smirnov, KolmogorovDistribution.Evaluate(100, 0.5, false).Method);
        // Large n, far tail: 2 smirnov, positive and tiny, not rounded to 0.
        double far = KolmogorovDistribution.Sf(5000, 0.09);
        Assert.InRange(far, 1e-40, 1e-30);
    }

    [Theory]
    [InlineData(100_000, 2.2)]
    [InlineData(100_000, 30)]
    [InlineData(400_000, 5)]
    public void Smirnov_StridedSumForLargeN_MatchesFullSum(int n, double nd2)
    {
        // The large-n stride (Poisson summation, aliasing error ~e^−60) against the plain sum of every term.
        double d = Math.Sqrt(nd2 / n), t = n * d;
        Assert.True(Smirnov.Stride(n, t, d) > 1);
        double full = Math.Exp(n * Math.Log(1 - d));
        for (int v = 1; v <= (int)Math.Floor(n * (1 - d)) && n - v - t > 0; v++)
        {
            full += d / ((t + v) / n) * Smirnov.BinomialProbability(v, n, t + v, n - v - t);
        }

        AssertRelative(full, Smirnov.Sf(n, d), 1e-12);
    }

    [Theory]
    [InlineData(65_999, 1024.0, 1.0 / 512, 1)] // n below 66,000: no stride
    [InlineData(66_000, 1024.0, 1.0 / 512, 2)] // t·d = 2 exactly and t(1 − 2d) = 1020: stride ⌊n/33000⌋
    [InlineData(99_000, 1024.0, 1.0 / 512, 3)]
    [InlineData(66_000, 1000.0, 0.001, 1)] // t·d = 1 < 2 (t/d would be 10⁶)
    [InlineData(66_000, 120.0, 0.25, 2)] // t(1 − 2d) = 60 exactly
    [InlineData(66_000, 1000.0, 0.4995, 1)] // t(1 − 2d) = 1 < 60 (t(1 + 2d) would be 1999, t/(1 − 2d) 10⁶)
    public void Smirnov_Stride_IsUsedOnlyWhereItsAliasingBoundHolds(int n, double t, double d, int expected)
    {
        // The rule behind the e^−60 bound (see Smirnov.Stride): n ≥ 66,000, n d(1 − 2d) ≥ 60 and n d² ≥ 2, each at
        // its edge; the edges are exact in binary, and t is passed on its own as in the caller.
        Assert.Equal(expected, Smirnov.Stride(n, t, d));
    }

    [Fact]
    public void MtwAndPomeranz_AgreeAcrossTheirOverlap()
    {
        for (int n = 2; n <= 140; n += 6)
        {
            for (double x = 0.3; x <= 2.0; x += 0.1)
            {
                double d = x / Math.Sqrt(n);
                if (n * d <= 1 || n * d >= n - 1 || d >= 0.5)
                {
                    continue;
                }

                double mtw = MarsagliaTsangWang.Cdf(n, d);
                double pomeranz = Pomeranz.Cdf(n, d);
                AssertRelative(mtw, pomeranz, ExactAgreement);
            }
        }
    }

    [Fact]
    public void PomeranzAndDoubledSmirnov_AgreeInTheTail()
    {
        // For n d² > 4 the dispatcher switches from Pomeranz (exact) to 2·smirnov (exact up to the
        // probability that both one-sided statistics exceed d, relatively ~e^(−6 n d²) ≤ 4e-11 there).
        // Compared where SF ≥ 1e-6 so that 1 − CDF(Pomeranz) keeps 10 digits.
        foreach (int n in new[] { 10, 20, 50, 80, 100, 140 })
        {
            for (double nd2 = 3.5; nd2 <= 8; nd2 += 0.25)
            {
                double d = Math.Sqrt(nd2 / n);
                if (d >= 0.5 || n * d >= n - 1)
                {
                    continue;
                }

                double sfPomeranz = 1 - Pomeranz.Cdf(n, d);
                if (sfPomeranz < 1e-6)
                {
                    continue;
                }

                AssertRelative(sfPomeranz, 2 * Smirnov.Sf(n, d), 2e-9);
            }
        }
    }

    [Fact]
    public void PomeranzAndExactDoubledSmirnov_AgreeForDAtLeastHalf()
    {
        foreach (int n in new[] { 3, 4, 5, 6, 8, 10 })
        {
            foreach (double d in new[] { 0.5, 0.55, 0.6 })
            {
                if (n * d >= n - 1)
                {
                    continue;
                }

                AssertRelative(1 - Pomeranz.Cdf(n, d), KolmogorovDistribution.Sf(n, d), 1e-12);
            }
        }
    }

    [Fact]
    public void PelzGood_AgreesWithExactAlgorithms_AboveN140()
    {
        // Pelz-Good's error falls like n^-2 (measured max 3.1e-6 at n = 141); the brief allows 1e-5.
        foreach (int n in new[] { 141, 200, 300 })
        {
            for (double x = 0.25; x <= 2.5; x += 0.1)
            {
                double d = x / Math.Sqrt(n);
                Assert.Equal(Pomeranz.Cdf(n, d), PelzGood.Cdf(n, d), 1e-5);
            }
        }
    }

    [Fact]
    public void RubenGambinoClosedForms_MatchExactValues()
    {
        // n d ≤ 1: n!/nⁿ (2 n d − 1)ⁿ; n = 5, d = 0.15: 120/3125 · 0.5⁵.
        Assert.Equal(120.0 / 3125 * Math.Pow(0.5, 5), KolmogorovDistribution.Cdf(5, 0.15), 1e-16);
        Assert.Equal(KsMethod.RubenGambinoSmall, KolmogorovDistribution.Evaluate(5, 0.15, true).Method);
        // n d ≥ n − 1: SF = 2 (1 − d)ⁿ.
        AssertRelative(2 * Math.Pow(0.1, 8), KolmogorovDistribution.Sf(8, 0.9), 1e-14);
        Assert.Equal(KsMethod.RubenGambinoLarge, KolmogorovDistribution.Evaluate(8, 0.9, false).Method);
        // n = 1: P(D ≤ d) = 2d − 1.
        Assert.Equal(0.5, KolmogorovDistribution.Cdf(1, 0.75), 1e-15);
        // Above n = 140, n!/nⁿ comes from ln Γ(n + 1) − n ln n (the exact product is used up to 140); the values are
        // tiny, so they are compared relatively (mpmath, 40 digits; d and 2t − 1 exact in binary).
        AssertRelative(2.6543850425066416817e-110, KolmogorovDistribution.Cdf(256, 1.0 / 256), 1e-12); // t = 1
        AssertRelative(5.048286727633941565e-251, KolmogorovDistribution.Cdf(512, 15.0 / 8192), 1e-11); // t = 15/16
    }

    [Theory]
    [InlineData(50, 0.05, true, KsMethod.MarsagliaTsangWang)]
    [InlineData(50, 0.2, true, KsMethod.Pomeranz)]
    [InlineData(50, 0.35, false, KsMethod.SmirnovApproximation)]
    [InlineData(50, 0.6, false, KsMethod.Smirnov)]
    [InlineData(1000, 0.005, true, KsMethod.MarsagliaTsangWang)]
    [InlineData(1000, 0.03, true, KsMethod.PelzGood)]
    [InlineData(1000, 0.05, false, KsMethod.SmirnovApproximation)]
    [InlineData(1000, 0.05, true, KsMethod.PelzGood)]
    [InlineData(1000, 0.2, true, KsMethod.Saturated)]
    [InlineData(1000, 0.7, false, KsMethod.Smirnov)]
    [InlineData(100000, 0.07, false, KsMethod.Saturated)]
    [InlineData(10, 0.04, true, KsMethod.Saturated)]
    [InlineData(10, 1.0, true, KsMethod.Saturated)] // d = 1: D_n ≤ 1 always (before the t ≥ n − 1 closed form)
    [InlineData(1, 1.0, false, KsMethod.Saturated)]
    // Every switch exactly at its threshold (each product exact in binary, or found so that fl(fl(n·d)·d) or
    // fl(n·fl(d^1.5)) is the threshold's double): the documented side owns it. Both neighbouring methods give the same
    // value to the tests' tolerances there, so only the reported method tells a moved switch.
    [InlineData(4, 0.125, true, KsMethod.Saturated)] // n d = 0.5
    [InlineData(4, 0.25, true, KsMethod.RubenGambinoSmall)] // n d = 1
    [InlineData(4, 0.75, false, KsMethod.RubenGambinoLarge)] // n d = n − 1
    [InlineData(4, 0.5, false, KsMethod.Smirnov)] // d = 0.5
    [InlineData(10, 0.2747167632307865, true, KsMethod.MarsagliaTsangWang)] // n d² = 0.754693
    [InlineData(64, 0.25, true, KsMethod.Pomeranz)] // n d² = 4
    [InlineData(140, 0.05, true, KsMethod.MarsagliaTsangWang)] // n = 140, the last of the small-n rules
    [InlineData(5920, 0.25, false, KsMethod.Saturated)] // n d² = 370 (survival)
    [InlineData(141, 0.12491131605836449, false, KsMethod.SmirnovApproximation)] // n d² = 2.2 (survival)
    [InlineData(288, 0.25, true, KsMethod.Saturated)] // n d² = 18
    [InlineData(141, 0.04619616764056786, true, KsMethod.MarsagliaTsangWang)] // n d^1.5 = 1.4
    [InlineData(100000, 0.0005, true, KsMethod.MarsagliaTsangWang)] // n = 100,000, the last for MTW
    public void Evaluate_SelectsTheDocumentedMethod(int n, double d, bool wantCdf, KsMethod expected)
    {
        Assert.Equal(expected, KolmogorovDistribution.Evaluate(n, d, wantCdf).Method);
    }

    [Fact]
    public void Cdf_IsMonotoneInD_AndWithinUnitInterval()
    {
        foreach (int n in new[] { 1, 2, 3, 5, 10, 37, 100, 140, 141, 500, 2000 })
        {
            // Exact methods: monotone to rounding. Above 140 the switch MTW ↔ Pelz-Good may step by the
            // latter's error (≤ 1e-5).
            double slack = n <= 140 ? 1e-14 : 1e-5;
            double previousCdf = 0, previousSf = 1;
            for (int i = 0; i <= 1000; i++)
            {
                double d = i / 1000.0;
                double cdf = KolmogorovDistribution.Cdf(n, d);
                double sf = KolmogorovDistribution.Sf(n, d);
                Assert.InRange(cdf, 0, 1);
                Assert.InRange(sf, 0, 1);
                Assert.True(cdf >= previousCdf - slack, $"Cdf decreases at n = {n}, d = {d}: {previousCdf} → {cdf}");
                Assert.True(sf <= previousSf + slack, $"Sf increases at n = {n}, d = {d}: {previousSf} → {sf}");
                Assert.Equal(1, cdf + sf, n <= 140 ? 1e-14 : 1e-5);
                previousCdf = cdf;
                previousSf = sf;
            }
        }
    }

    [Theory]
    // Provenance: Simard and L'Ecuyer (2011) eq. (2.5) (Pelz and Good 1976), transcribed separately from this library
    // and summed to convergence in mpmath at 40 digits (60 for the last); rounded to 17 digits. These pin the expansion
    // itself, every term included (its K₃/n^(3/2) term is 2e-6, 1e-5, 1.5e-8 and −7e-7 of the first four values),
    // which the comparisons with the exact algorithms (tolerance 1e-5) cannot. The last point has q = e^(−700): the
    // sums stop when a term underflows to 0.
    [InlineData(1000, 0.028933906713247914, 0.63455492880825826)]
    [InlineData(200, 0.05, 0.31973745041282952)]
    [InlineData(10000, 0.012, 0.88864742596250608)]
    [InlineData(500, 0.08, 0.99686948471571159)]
    [InlineData(10000, 0.0004198, 1.6726706174206455e-298)]
    public void PelzGood_IsItsPublishedExpansion(int n, double d, double expected)
    {
        // Roundings only (the exp of e^(−700) carries 700·2⁻⁵³ ≈ 8e-14 relative): 1e-12.
        AssertRelative(expected, PelzGood.Cdf(n, d), 1e-12);
    }

    [Fact]
    public void PelzGood_IsZeroWhereItsLeadingTermUnderflows()
    {
        // z = d√n = 0.03: ln q = −π²/(8z²) = −1371 < −745, so every term is below the smallest double.
        Assert.Equal(0, PelzGood.Cdf(10000, 0.0003));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void BadN_Throws(int n)
    {
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovDistribution.Cdf(n, 0.5)).ParamName);
        Assert.Equal("n", Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovDistribution.Sf(n, 0.5)).ParamName);
    }

    [Theory]
    [InlineData(-0.01)]
    [InlineData(1.01)]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    public void BadD_Throws(double d)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovDistribution.Cdf(10, d));
        Assert.Equal("d", error.ParamName);
        Assert.Contains("must lie in [0, 1]", error.Message, StringComparison.Ordinal);
        Assert.Equal("d", Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovDistribution.Sf(10, d)).ParamName);
        Assert.Equal("d", Assert.Throws<ArgumentOutOfRangeException>(() => KolmogorovDistribution.OneSidedSf(10, d)).ParamName);
    }

    [Fact]
    public void Endpoints_AreExact()
    {
        Assert.Equal(0, KolmogorovDistribution.Cdf(10, 0));
        Assert.Equal(1, KolmogorovDistribution.Sf(10, 0));
        Assert.Equal(1, KolmogorovDistribution.Cdf(10, 1));
        Assert.Equal(0, KolmogorovDistribution.Sf(10, 1));
        Assert.Equal(0, KolmogorovDistribution.Cdf(10, 0.05));
        Assert.Equal(1, KolmogorovDistribution.OneSidedSf(10, 0));
        Assert.Equal(0, KolmogorovDistribution.OneSidedSf(10, 1));
    }

    [Fact]
    public void MethodExactness_IsDocumented()
    {
        Assert.True(KsMethod.MarsagliaTsangWang.IsExact());
        Assert.True(KsMethod.Pomeranz.IsExact());
        Assert.True(KsMethod.Smirnov.IsExact());
        Assert.False(KsMethod.PelzGood.IsExact());
        Assert.False(KsMethod.SmirnovApproximation.IsExact());
    }

    internal static void AssertRelative(double expected, double actual, double tolerance)
    {
        double error = Math.Abs(actual - expected) / Math.Abs(expected);
        Assert.True(error <= tolerance, $"expected {expected:R}, got {actual:R} (relative error {error:E2} > {tolerance:E1})");
    }

    [Fact]
    public void Smirnov_IsOneAtZeroAndZeroAtOne()
    {
        Assert.Equal(1, Smirnov.Sf(10, 0));
        Assert.Equal(1, Smirnov.Sf(10, -0.5));
        Assert.Equal(0, Smirnov.Sf(10, 1));
        Assert.Equal(0, Smirnov.Sf(10, 1.5));
    }

    [Theory]
    [InlineData(16)]
    [InlineData(36)]
    [InlineData(81)]
    [InlineData(501)]
    [InlineData(100_000)]
    public void StirlingError_MatchesLogGammaInEveryBranch(int k)
    {
        // δ(k) = ln k! − (k + ½) ln k + k − ln √(2π), from MathNet's ln Γ(k + 1) (absolute error ~1e-16 × ln k!, i.e.
        // ≤ 2e-10 at k = 10⁵, ≤ 1e-12 at k = 501); the series truncations are far smaller. The tolerance also catches
        // a sign slip in the second term, 2/(360 k³) (4.4e-11 at k = 501, 1.6e-8 at k = 81).
        double reference = MathNet.Numerics.SpecialFunctions.GammaLn(k + 1.0) - ((k + 0.5) * Math.Log(k)) + k - 0.918938533204672741780329736406;
        Assert.Equal(reference, Smirnov.StirlingError(k), k > 1000 ? 5e-10 : 5e-12);
    }
}
