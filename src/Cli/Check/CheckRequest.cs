namespace InitVerify.Cli.Check;

/// <summary>The raw option values of <c>initverify check</c> (parsed and validated by <see cref="CheckCommand"/>).</summary>
internal sealed record CheckRequest(string File, string Expect)
{
    public string? FanIn { get; init; }

    public string? FanOut { get; init; }

    public string? Shape { get; init; }

    public string Layout { get; init; } = "torch";

    public string? Groups { get; init; }

    public string? Gain { get; init; }

    public string Mode { get; init; } = "fan-in";

    public string? Nonlinearity { get; init; }

    public string? NegativeSlope { get; init; }

    public string? Mean { get; init; }

    public string? Std { get; init; }

    public string? Low { get; init; }

    public string? High { get; init; }

    public string? Scale { get; init; }

    public string Distribution { get; init; } = "truncated-normal";

    public string FalseFailureRate { get; init; } = "1e-6";

    public string FalsePassRate { get; init; } = "1e-6";

    public string? Tolerance { get; init; }
}
