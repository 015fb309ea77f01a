namespace InitVerify.Cli.Npy;

/// <summary>A .npy file that cannot be read: bad magic, unsupported version or dtype, malformed header, truncated data.</summary>
internal sealed class NpyFormatException(string message) : Exception(message);
