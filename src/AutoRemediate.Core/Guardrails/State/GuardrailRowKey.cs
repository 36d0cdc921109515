namespace AutoRemediate.Core.Guardrails.State;

/// <summary>Identifies one stored guardrail row.</summary>
/// <param name="Kind">The row kind.</param>
/// <param name="Name">"global", the runbook name or the flap key.</param>
/// <param name="Item">For cooldown rows, the lower-case resource id; otherwise empty.</param>
internal readonly record struct GuardrailRowKey(GuardrailRowKind Kind, string Name, string Item)
{
    /// <summary>The global row.</summary>
    public static GuardrailRowKey Global { get; } = new(GuardrailRowKind.Global, "global", string.Empty);

    /// <summary>A runbook's row.</summary>
    public static GuardrailRowKey Runbook(string runbook) => new(GuardrailRowKind.Runbook, Required(runbook), string.Empty);

    /// <summary>The cooldown row of a runbook on a resource (resource ids compare case-insensitively).</summary>
    public static GuardrailRowKey Cooldown(string runbook, string resourceId) =>
        new(GuardrailRowKind.Cooldown, Required(runbook), Required(resourceId).ToLowerInvariant());

    /// <summary>A flap key's row.</summary>
    public static GuardrailRowKey Flap(string flapKey) => new(GuardrailRowKind.Flap, Required(flapKey), string.Empty);

    /// <inheritdoc />
    public override string ToString() => Item.Length == 0 ? $"{Kind}:{Name}" : $"{Kind}:{Name}:{Item}";

    private static string Required(string value)
    {
        ArgumentException.ThrowIfNullOrEmpty(value);
        return value;
    }
}
