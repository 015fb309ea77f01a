using System.Diagnostics;
using System.Globalization;
using InitVerify.Propagation.Verification;
using InitVerify.Statistical.Tests.Infrastructure;
using Xunit.Abstractions;

namespace InitVerify.Statistical.Tests.Calibration;

/// <summary>
/// Calibration of the suite's statistical assertions over many independent base seeds (default 1000, or
/// INITVERIFY_CALIBRATION_SEEDS): every positive scenario's forward and backward test must never fail (observed
/// false failures 0; each test's stated rate is r_i = 3.1e−8, so ≥ 1 failure in 1000 seeds has probability ≤ 3e−5),
/// and every negative control must be rejected every time (detection rate 100 %). Also reports, per test, the
/// largest observed |standardised statistic| at the last tested layer against the band's z, and the ratio of the
/// observed sd of that statistic to the delta-method sd (≤ 1 means the finite-width theory is not optimistic).
/// Skipped unless INITVERIFY_CALIBRATION=1; run with
/// <c>INITVERIFY_CALIBRATION=1 dotnet test tests/Statistical -c Release --filter Category=Calibration</c>.
/// Figures are appended to INITVERIFY_CALIBRATION_REPORT (default: the temp folder's initverify-calibration.txt).
/// </summary>
[Trait("Category", "Calibration")]
public class CalibrationTests(ITestOutputHelper output)
{
    private static readonly int Seeds = int.TryParse(Environment.GetEnvironmentVariable("INITVERIFY_CALIBRATION_SEEDS"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int n) ? n : 1000;

    public static TheoryData<string> PositiveNames()
    {
        var data = new TheoryData<string>();
        foreach (Scenario s in Scenarios.Positive)
        {
            data.Add(s.Name);
        }

        return data;
    }

    public static TheoryData<string> NegativeNames()
    {
        var data = new TheoryData<string>();
        foreach (Scenario s in Scenarios.Negative)
        {
            data.Add(s.Name);
        }

        return data;
    }

    [CalibrationTheory]
    [MemberData(nameof(PositiveNames))]
    public void Positive_NoFalseFailures(string name)
    {
        Scenario s = Scenarios.Positive.Single(x => x.Name == name);
        var clock = Stopwatch.StartNew();
        var directions = new List<(string Name, Func<ScenarioRun, PropagationTestResult> Test)>();
        if (s.TestForward)
        {
            directions.Add(("forward", r => r.ForwardTest(FailureBudget.PerAssertion)));
        }

        if (s.TestBackward)
        {
            directions.Add(("backward", r => r.BackwardTest(FailureBudget.PerAssertion)));
        }

        var failures = new int[directions.Count];
        var lastStats = new double[directions.Count][];
        var worstExcess = new double[directions.Count];
        var sdUnits = new double[directions.Count];
        for (int d = 0; d < directions.Count; d++)
        {
            lastStats[d] = new double[Seeds];
        }

        object gate = new();
        Parallel.For(0, Seeds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            ScenarioRun run = s.Run(CalibrationBase(i));
            for (int d = 0; d < directions.Count; d++)
            {
                PropagationTestResult result = directions[d].Test(run);
                LogRatioBand band = result.Bands[^1];
                double deltaSd = band.StandardDeviation / SignalPropagationTest.DefaultSafetyFactor;
                lock (gate)
                {
                    if (!result.Passed)
                    {
                        failures[d]++;
                    }

                    worstExcess[d] = Math.Max(worstExcess[d], result.WorstExcessInSds());
                    lastStats[d][i] = result.MeanLogRatios[^1];
                    sdUnits[d] = deltaSd;
                }
            }
        });

        for (int d = 0; d < directions.Count; d++)
        {
            double mean = lastStats[d].Average();
            double sd = Math.Sqrt(lastStats[d].Sum(x => (x - mean) * (x - mean)) / (Seeds - 1));
            Report($"{s.Name} [{directions[d].Name}] seeds {Seeds}: false failures {failures[d]} (r_i = {FailureBudget.PerAssertion:G3}); " +
                   $"last layer: observed sd {sd:G3} vs delta-method bound {sdUnits[d]:G3} (ratio {sd / sdUnits[d]:F2}), mean {mean:G3}; " +
                   $"worst excess beyond band {worstExcess[d]:G3} sd; {clock.Elapsed.TotalSeconds:F0} s");
        }

        Assert.All(failures, f => Assert.Equal(0, f));
    }

    [CalibrationTheory]
    [MemberData(nameof(NegativeNames))]
    public void Negative_AlwaysDetected(string name)
    {
        Scenario s = Scenarios.Negative.Single(x => x.Name == name);
        var clock = Stopwatch.StartNew();
        int forwardDetected = 0, backwardDetected = 0, nonFinite = 0;
        object gate = new();
        Parallel.For(0, Seeds, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            ScenarioRun run = s.Run(CalibrationBase(i));
            bool forward = !run.ForwardTest(FailureBudget.PerAssertion).Passed;
            bool backward = s.TestBackward && !run.BackwardTest(FailureBudget.PerAssertion).Passed;
            bool overflow = run.Forward.Any(p => p.Layers.Any(l => !l.IsFinite));
            lock (gate)
            {
                forwardDetected += forward ? 1 : 0;
                backwardDetected += backward ? 1 : 0;
                nonFinite += overflow ? 1 : 0;
            }
        });

        Report($"{s.Name} seeds {Seeds}: forward detection {forwardDetected}/{Seeds}" +
               (s.TestBackward ? $", backward detection {backwardDetected}/{Seeds}" : string.Empty) +
               $", runs with float overflow {nonFinite}/{Seeds}; {clock.Elapsed.TotalSeconds:F0} s");
        Assert.Equal(Seeds, forwardDetected);
        if (s.TestBackward)
        {
            Assert.Equal(Seeds, backwardDetected);
        }
    }

    private static ulong CalibrationBase(int i) => TestSeeds.SplitMix64(0xCA11_B2A7_E000_0000UL + (ulong)i);

    private void Report(string line)
    {
        output.WriteLine(line);
        string path = Environment.GetEnvironmentVariable("INITVERIFY_CALIBRATION_REPORT")
            ?? Path.Combine(Path.GetTempPath(), "initverify-calibration.txt");
        lock (typeof(CalibrationTests))
        {
            File.AppendAllText(path, $"{DateTime.UtcNow:O} {line}{Environment.NewLine}");
        }
    }
}
