namespace InitVerify.Stats.Distributions;

/// <summary>
/// Marks the library's own distributions, whose CDF is nondecreasing by construction (up to rounding steps of a few
/// ulps, far below the 1e-12 the tests tolerate): sorting the values F(x_i) then gives F at the sorted sample, so the
/// KS test may sort the CDF values (<see cref="GoodnessOfFit.UnitIntervalSort"/>, linear time under the null)
/// instead of the sample. A distribution without this mark — any outside implementation of
/// <see cref="IContinuousDistribution"/> — has its sample sorted and F checked for monotonicity over it.
/// </summary>
internal interface IMonotoneCdf;
