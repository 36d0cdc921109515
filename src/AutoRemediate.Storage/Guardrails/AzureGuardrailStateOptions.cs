using AutoRemediate.Core.Guardrails.State;

namespace AutoRemediate.Storage.Guardrails;

/// <summary>Settings of the table-backed guardrail state.</summary>
public sealed class AzureGuardrailStateOptions
{
    /// <summary>The table (all rows in one partition).</summary>
    public string TableName { get; set; } = "Guardrails";

    /// <summary>Retention and retry settings.</summary>
    public GuardrailStateOptions State { get; set; } = new();
}
