using AutoRemediate.Functions.Roles;
using AutoRemediate.Functions.Webhook;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// The operator API, for an operator only (<see cref="OperatorAuthenticationFilter"/>; webhook keys and the action
/// group's token do not get in): list, status, timeline and cancel of remediations, kill switch, circuit breakers and
/// pending approvals. Each route names the role it needs: reads Viewer, cancel Operator, guardrail changes Admin.
/// </summary>
internal static class OperatorEndpoints
{
    public static void MapOperatorApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").AddEndpointFilter<OperatorAuthenticationFilter>().AddEndpointFilter<OperatorStorageFilter>();
        api.MapGet("/remediations", (string? status, string? from, string? to, string? pageSize, string? continuationToken, RemediationLister lister, CancellationToken ct) =>
            lister.ListAsync(status, from, to, pageSize, continuationToken, ct)).RequireRole(OperatorRole.Viewer);
        api.MapGet("/remediations/{instanceId}", (string instanceId, RemediationStatusLookup lookup, CancellationToken ct) => lookup.GetAsync(instanceId, ct))
            .RequireRole(OperatorRole.Viewer);
        api.MapGet("/remediations/{id}/timeline", (string id, string? format, TimelineReader reader, CancellationToken ct) => reader.ReadAsync(id, format, ct))
            .RequireRole(OperatorRole.Viewer);
        api.MapPost("/remediations/{id}/cancel", (string id, HttpContext http, RemediationCanceller canceller) => canceller.CancelAsync(id, http))
            .RequireRole(OperatorRole.Operator);
        api.MapGet("/operator/kill-switch", async (GuardrailOperator guardrails, CancellationToken ct) => TypedResults.Ok(await guardrails.GetKillSwitchAsync(ct)))
            .RequireRole(OperatorRole.Viewer);
        api.MapPut("/operator/kill-switch", (HttpContext http, GuardrailOperator guardrails) => guardrails.SetKillSwitchAsync(http)).RequireRole(OperatorRole.Admin);
        api.MapGet("/operator/circuit-breakers", async (GuardrailOperator guardrails, CancellationToken ct) => TypedResults.Ok(await guardrails.ListBreakersAsync(ct)))
            .RequireRole(OperatorRole.Viewer);
        api.MapGet("/operator/circuit-breakers/{runbook}", (string runbook, GuardrailOperator guardrails, CancellationToken ct) => guardrails.GetBreakerAsync(runbook, ct))
            .RequireRole(OperatorRole.Viewer);
        api.MapPost("/operator/circuit-breakers/{runbook}/reset", (string runbook, HttpContext http, GuardrailOperator guardrails) => guardrails.ResetBreakerAsync(runbook, http))
            .RequireRole(OperatorRole.Admin);
        api.MapGet("/approvals/pending", async (PendingApprovalsReader reader, CancellationToken ct) => TypedResults.Ok(await reader.ListAsync(ct)))
            .RequireRole(OperatorRole.Viewer);
    }
}
