namespace AutoRemediate.Core.Bindings;

/// <summary>
/// The shape of a binding file as the loader understands it. A test compares these sections with
/// <c>runbooks/bindings.schema.json</c> in both directions, so the schema editors use and the loader never drift.
/// </summary>
internal static class BindingSchema
{
    public static readonly SchemaSection File = new("file", ["schemaVersion", "bindings"], ["schemaVersion", "bindings"]);

    public static readonly SchemaSection Binding = new(
        "binding",
        ["id", "version", "owner", "description", "priority", "enabled", "match", "runbook", "guardrails", "approval", "verification", "dryRun", "manualEffortMinutes"],
        ["id", "version", "owner", "match", "runbook", "manualEffortMinutes"]);

    public static readonly SchemaSection Match = new(
        "match",
        ["source", "ruleName", "signalType", "resourceType", "severity", "labels", "customProperties"],
        []);

    public static readonly SchemaSection SeverityRange = new("severityRange", ["min", "max"], []);

    public static readonly SchemaSection Runbook = new("runbook", ["name", "parameters"], ["name"]);

    public static readonly SchemaSection Guardrails = new(
        "guardrails",
        ["cooldown", "maxRunsPerHour", "flapDetection", "blastRadius", "errorBudget", "circuitBreaker", "scope", "freezeWindows"],
        []);

    public static readonly SchemaSection FlapDetection = new("flapDetection", ["count", "window"], []);

    public static readonly SchemaSection BlastRadius = new("blastRadius", ["maxTargetsPerRun", "maxFleetSharePercent", "onExceed"], []);

    public static readonly SchemaSection ErrorBudget = new("errorBudget", ["slo", "threshold", "action"], ["slo", "threshold"]);

    public static readonly SchemaSection CircuitBreaker = new("circuitBreaker", ["failureThreshold"], ["failureThreshold"]);

    public static readonly SchemaSection Scope = new("scope", ["allow", "deny"], []);

    public static readonly SchemaSection Approval = new("approval", ["required", "conditions", "allowSelfApproval", "quorum", "timeout", "approvers"], []);

    public static readonly SchemaSection Approvers = new("approvers", ["groups", "roles", "users"], []);

    public static readonly SchemaSection ApprovalConditions = new("approvalConditions", ["environments", "maxSeverity", "runbookRisk"], []);

    public static readonly SchemaSection Verification = new(
        "verification",
        ["metric", "aggregation", "metricNamespace", "logQuery", "workspaceId", "threshold", "comparison", "window", "wait"],
        ["threshold", "comparison"]);

    public static IReadOnlyList<SchemaSection> All { get; } =
        [File, Binding, Match, SeverityRange, Runbook, Guardrails, FlapDetection, BlastRadius, ErrorBudget, CircuitBreaker, Scope, Approval, ApprovalConditions, Approvers, Verification];
}
