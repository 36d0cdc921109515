using AutoRemediate.Core.Guardrails.State;
using AutoRemediate.Storage.Stores;

namespace AutoRemediate.Storage.Guardrails;

/// <summary>
/// Every guardrail row lives in one partition, "guardrails", so any update is one entity-group transaction.
/// Row keys: "global", "runbook|{runbook}", "cooldown|{runbook}|{lower-case resource id}", "flap|{flap key}",
/// each part escaped by <see cref="TableKeyText"/>.
/// </summary>
/// <remarks>WARNING: changing a key format makes stored state invisible (cooldowns and counters restart from zero).</remarks>
internal static class GuardrailTableKeys
{
    public const string Partition = "guardrails";

    public static string RowKey(GuardrailRowKey key) => key.Kind switch
    {
        GuardrailRowKind.Global => "global",
        GuardrailRowKind.Runbook => "runbook|" + TableKeyText.Escape(key.Name),
        GuardrailRowKind.Cooldown => "cooldown|" + TableKeyText.Escape(key.Name) + "|" + TableKeyText.Escape(key.Item),
        GuardrailRowKind.Flap => "flap|" + TableKeyText.Escape(key.Name),
        _ => throw new ArgumentOutOfRangeException(nameof(key), key.Kind, "unknown guardrail row kind"),
    };
}
