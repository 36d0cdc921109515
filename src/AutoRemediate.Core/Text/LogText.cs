namespace AutoRemediate.Core.Text;

/// <summary>
/// A log message argument that may carry untrusted text (alert fields, request input): it formats as
/// <see cref="UntrustedText.Escape"/> of its value, so it can neither start a forged log line nor send control
/// sequences to a terminal. Declare such <c>[LoggerMessage]</c> parameters as <see cref="LogText"/>; callers pass
/// strings as before (the conversion is implicit). Structured sinks get the same escaped text.
/// </summary>
public readonly struct LogText : IEquatable<LogText>
{
    private readonly string? value;

    private LogText(string? value) => this.value = value;

    public static implicit operator LogText(string? value) => new(value);

    public static LogText FromString(string? value) => new(value);

    /// <summary>The escaped text; <c>(null)</c> for null, as the logging generator writes a null string.</summary>
    public override string ToString() => value is null ? "(null)" : UntrustedText.Escape(value);

    public bool Equals(LogText other) => string.Equals(value, other.value, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is LogText other && Equals(other);

    public override int GetHashCode() => value is null ? 0 : StringComparer.Ordinal.GetHashCode(value);

    public static bool operator ==(LogText left, LogText right) => left.Equals(right);

    public static bool operator !=(LogText left, LogText right) => !left.Equals(right);
}
