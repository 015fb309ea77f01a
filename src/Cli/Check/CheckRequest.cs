namespace InitVerify.Cli.Check;

/// <summary>The raw option values of <c>initverify check</c> (parsed and validated by <see cref="CheckCommand"/>).</summary>
internal sealed record CheckRequest(string File, string Expect)
{
    /// <summary>The expected initializer's parameters (<see cref="InitializerFlags"/>).</summary>
    public InitializerArguments Initializer { get; init; } = new();

    public string? FanIn { get; init; }

    public string? FanOut { get; init; }

    public string? Shape { get; init; }

    public string FalseFailureRate { get; init; } = "1e-6";

    public string FalsePassRate { get; init; } = "1e-6";

    public string? Tolerance { get; init; }
}
