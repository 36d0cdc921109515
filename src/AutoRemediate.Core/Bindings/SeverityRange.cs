namespace AutoRemediate.Core.Bindings;

/// <summary>Inclusive severity range on the Sev0 (most severe) to Sev4 scale.</summary>
/// <param name="Min">Lowest number (most severe) that matches.</param>
/// <param name="Max">Highest number (least severe) that matches.</param>
public sealed record SeverityRange(int Min, int Max)
{
    /// <summary>True when <paramref name="severity"/> lies in the range.</summary>
    public bool Contains(int severity) => severity >= Min && severity <= Max;

    /// <inheritdoc />
    public override string ToString() => Min == Max ? $"Sev{Min}" : $"Sev{Min}–Sev{Max}";
}
