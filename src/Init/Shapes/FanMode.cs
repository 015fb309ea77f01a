namespace InitVerify.Init.Shapes;

/// <summary>Which fan a variance-scaling initializer divides by.</summary>
public enum FanMode
{
    /// <summary>fan_in: preserves the forward signal's variance.</summary>
    FanIn = 0,

    /// <summary>fan_out: preserves the backward gradient's variance.</summary>
    FanOut = 1,

    /// <summary>(fan_in + fan_out) / 2: Glorot and Bengio's compromise.</summary>
    FanAvg = 2,
}
