namespace InitVerify.Cli;

/// <summary>The raw option values of <c>initverify sample</c> (parsed and validated by <see cref="SampleCommand"/>).</summary>
internal sealed record SampleRequest(string Init, string Shape)
{
    public string Seed { get; init; } = "0";

    public string Dtype { get; init; } = "float64";

    public string Stream { get; init; } = "rounded-double";

    /// <summary>The .npy file to save the weight to, or null.</summary>
    public string? Out { get; init; }

    /// <summary>The initializer's parameters (<see cref="InitializerFlags"/>).</summary>
    public InitializerArguments Initializer { get; init; } = new();
}
