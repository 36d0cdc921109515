using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Core.Guardrails.Policy;

/// <summary>The shape of the policy file; mirrors <c>runbooks/policy/guardrails.schema.json</c> (a test keeps them equal).</summary>
internal static class GuardrailPolicySchema
{
    public static readonly SchemaSection File = new("file", ["schemaVersion", "dryRun", "scope", "windows", "slos", "incidents"], ["schemaVersion"]);

    public static readonly SchemaSection Scope = BindingSchema.Scope;

    public static readonly SchemaSection Window = new(
        "window", ["name", "kind", "description", "appliesToAllBindings", "scope", "recurring", "from", "to", "timeZone"], ["name", "kind", "timeZone"]);

    public static readonly SchemaSection Slo = new("slo", ["name", "description", "target", "window", "metric", "logAnalytics", "alerts"], ["name", "target", "window"]);

    public static readonly SchemaSection Metric = new("metric", ["resourceId", "bad", "total"], ["resourceId", "bad", "total"]);

    public static readonly SchemaSection LogAnalytics = new("logAnalytics", ["workspaceId", "query"], ["workspaceId", "query"]);

    public static readonly SchemaSection BurnRateAlert = new("burnRateAlert", ["name", "severity", "longWindow", "shortWindow", "factor"], ["severity", "longWindow", "shortWindow", "factor"]);

    public static readonly SchemaSection Incidents = new("incidents", ["groupBy", "gap"], []);

    public static IReadOnlyList<SchemaSection> All { get; } = [File, Scope, Window, Slo, Metric, LogAnalytics, BurnRateAlert, Incidents];
}
