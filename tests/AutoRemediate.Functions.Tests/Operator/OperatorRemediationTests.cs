using Microsoft.DurableTask;
using AutoRemediate.Functions.Engine;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Approvals;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using NSubstitute;

namespace AutoRemediate.Functions.Tests.Operator;

/// <summary>Listing, timelines and cancellation of real remediations through the operator API, against Azurite.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperatorRemediationTests(AzuriteFixture azurite)
{
    private static readonly byte[] Fired = WebhookApp.Sample("azure-monitor-metric-appservice-5xx-fired.json");
    private static readonly byte[] Unmatched = WebhookApp.Sample("azure-monitor-metric-vmss-cpu-fired.json");
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task List_shows_ended_remediations_with_outcome_and_pages_by_continuation_token()
    {
        await using var app = DryRunApp();
        using var api = new OperatorClient(app);
        var matched = await app.PostAlertAsync(Fired);
        var unmatched = await app.PostAlertAsync(Unmatched);
        await app.Client.WaitForInstanceCompletionAsync(matched, Timeout);
        await app.Client.WaitForInstanceCompletionAsync(unmatched, Timeout);

        var all = await api.JsonAsync(HttpMethod.Get, "/api/remediations?status=completed");
        var items = all.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        var completed = items.Single(i => i.GetProperty("instanceId").GetString() == matched);
        Assert.Equal("Completed", completed.GetProperty("runtimeStatus").GetString());
        Assert.Equal("Completed", completed.GetProperty("outcome").GetString());
        Assert.Equal("Unmatched", items.Single(i => i.GetProperty("instanceId").GetString() == unmatched).GetProperty("outcome").GetString());

        var first = await api.JsonAsync(HttpMethod.Get, "/api/remediations?pageSize=1");
        var token = first.GetProperty("continuationToken").GetString();
        Assert.NotNull(token);
        var second = await api.JsonAsync(HttpMethod.Get, $"/api/remediations?pageSize=1&continuationToken={Uri.EscapeDataString(token)}");
        string?[] paged = [first.GetProperty("items")[0].GetProperty("instanceId").GetString(), second.GetProperty("items")[0].GetProperty("instanceId").GetString()];
        Assert.Equal(new[] { matched, unmatched }.Order(StringComparer.Ordinal), paged.Order(StringComparer.Ordinal));

        var none = await api.JsonAsync(HttpMethod.Get, "/api/remediations?status=Running,Pending");
        Assert.Empty(none.GetProperty("items").EnumerateArray());
        var future = await api.JsonAsync(HttpMethod.Get, $"/api/remediations?from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddHours(1).ToString("O"))}");
        Assert.Empty(future.GetProperty("items").EnumerateArray());
    }

    [Fact]
    public async Task Timeline_lists_the_audit_records_in_order_with_an_intact_verification_and_exports_jsonl_and_csv()
    {
        await using var app = DryRunApp();
        using var api = new OperatorClient(app);
        var id = await app.PostAlertAsync(Fired);
        await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        var chain = await app.ChainAsync(id);

        var timeline = await api.JsonAsync(HttpMethod.Get, $"/api/remediations/{id}/timeline");

        var records = timeline.GetProperty("records").EnumerateArray().ToList();
        Assert.Equal(chain.Select(r => r.Kind.ToString()), records.Select(r => r.GetProperty("kind").GetString()));
        Assert.Equal(chain.Select(r => r.Summary), records.Select(r => r.GetProperty("summary").GetString()));
        Assert.Equal("Received", records[0].GetProperty("kind").GetString());
        Assert.Equal("Outcome", records[^1].GetProperty("kind").GetString());
        Assert.True(timeline.GetProperty("verification").GetProperty("intact").GetBoolean());
        Assert.Equal(chain.Count, timeline.GetProperty("verification").GetProperty("recordCount").GetInt32());

        using var jsonl = await api.SendAsync(HttpMethod.Get, $"/api/remediations/{id}/timeline?format=jsonl");
        Assert.Equal("application/x-ndjson", jsonl.Content.Headers.ContentType!.MediaType);
        using var reader = new StringReader(await jsonl.Content.ReadAsStringAsync());
        var exported = await AuditJsonLines.ReadAsync(reader).ToListAsync();
        Assert.Equal(chain.Select(r => r.Hash), exported.Select(r => r.Hash));
        // An export verifies offline with the audit key, as an auditor holding it would.
        var keys = new AuditKeyRing("test", new Dictionary<string, byte[]> { ["test"] = Convert.FromBase64String(AppFactory.AuditKey) });
        Assert.True(AuditChainVerifier.Verify(id, exported, keys: keys).IsIntact);

        using var csv = await api.SendAsync(HttpMethod.Get, $"/api/remediations/{id}/timeline?format=csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync()).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', AuditCsv.Columns), lines[0]);
        Assert.Equal(chain.Count + 1, lines.Length);
    }

    [Fact]
    public async Task Cancel_terminates_a_waiting_remediation_and_audits_who_cancelled_and_why()
    {
        await using var app = ApprovalApp();
        using var api = new OperatorClient(app);
        var id = await app.PostAlertAsync(Fired);
        await WaitForStageAsync(app, id, RemediationStage.AwaitingApproval);

        var receipt = await api.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "wrong runbook for this incident" }, expectedStatus: 202);

        Assert.Equal(OperatorClient.Operator, receipt.GetProperty("cancelledBy").GetString());
        var final = await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, final.RuntimeStatus);
        var cancelled = (await app.ChainAsync(id)).Single(r => r.Kind == AuditRecordKind.Cancelled);
        Assert.Equal(AuditActor.User(OperatorClient.Operator, cancelled.Actor.SourceIp), cancelled.Actor);
        Assert.Equal("wrong runbook for this incident", cancelled.Details["reason"]);
        Assert.True((await app.Audit.VerifyAsync(id)).IsIntact);

        var listed = await api.JsonAsync(HttpMethod.Get, "/api/remediations?status=Terminated");
        Assert.Equal(id, listed.GetProperty("items").EnumerateArray().Single().GetProperty("instanceId").GetString());
    }

    [Fact]
    public async Task Cancel_while_acting_frees_the_running_slot_exactly_once()
    {
        await using var app = new RemediationApp(
            azurite.ConnectionString,
            Path.Combine(RemediationApp.TestBindings, "dryrun"),
            services => StallingAuditLog.Install(services, AuditRecordKind.ActionStarted, TimeSpan.FromSeconds(5)),
            new Dictionary<string, string?>(OperatorClient.Settings) { ["Remediation:ActingTimeout"] = "00:10:00" });
        using var api = new OperatorClient(app);
        var id = await app.PostAlertAsync(Fired);
        await WaitForStageAsync(app, id, RemediationStage.Acting);
        Assert.Equal([id], await RunningAsync(app));

        await api.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "stop, wrong site" }, expectedStatus: 202);

        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true))!.RuntimeStatus);
        Assert.Empty(await RunningAsync(app));
        var retried = await app.Guardrails.ApplyAsync(AutoRemediate.Core.Guardrails.GuardrailStateUpdate.RunCancelled(DateTimeOffset.UtcNow), id);
        Assert.Equal(AutoRemediate.Core.Guardrails.GuardrailApplyOutcome.AlreadyApplied, retried);
        Assert.Equal(0, (await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).CircuitBreaker.ConsecutiveFailures);
    }

    [Fact]
    public async Task Cancel_of_an_ended_remediation_is_a_409_problem_and_audits_nothing()
    {
        await using var app = DryRunApp();
        using var api = new OperatorClient(app);
        var id = await app.PostAlertAsync(Fired);
        await app.Client.WaitForInstanceCompletionAsync(id, Timeout);
        var before = (await app.ChainAsync(id)).Count;

        var problem = await api.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "too late" }, expectedStatus: 409);

        Assert.Contains("already ended", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(before, (await app.ChainAsync(id)).Count);
    }

    [Theory]
    [InlineData("GET", "/api/remediations/am-00000000000000000000000000000000/timeline")]
    [InlineData("POST", "/api/remediations/am-00000000000000000000000000000000/cancel")]
    [InlineData("GET", "/api/remediations/am%2E%2E%5Cx/timeline")]
    [InlineData("GET", "/api/operator/circuit-breakers/no-such-runbook")]
    [InlineData("POST", "/api/operator/circuit-breakers/no-such-runbook/reset")]
    public async Task Unknown_id_is_a_404_problem(string method, string path)
    {
        await using var app = DryRunApp();
        using var api = new OperatorClient(app);

        using var response = await api.SendAsync(new HttpMethod(method), path, method == "POST" ? new { reason = "checking" } : null);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("/api/remediations?status=Sleeping", "status")]
    [InlineData("/api/remediations?status=1", "status")]
    [InlineData("/api/remediations?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z", "from")]
    [InlineData("/api/remediations?from=yesterday", "from")]
    [InlineData("/api/remediations?pageSize=0", "pageSize")]
    [InlineData("/api/remediations?pageSize=201", "pageSize")]
    [InlineData("/api/remediations?pageSize=ten", "pageSize")]
    [InlineData("/api/remediations/am-00000000000000000000000000000000/timeline?format=xml", "format")]
    [InlineData("/api/remediations?continuationToken=%20%20", "continuationToken")]
    public async Task Bad_query_parameter_is_a_400_problem_naming_it(string path, string parameter)
    {
        await using var app = DryRunApp();
        using var api = new OperatorClient(app);

        var problem = await api.JsonAsync(HttpMethod.Get, path, expectedStatus: 400);

        Assert.Equal(parameter, problem.GetProperty("parameter").GetString());
        Assert.StartsWith(parameter + ":", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Self_check_instances_are_neither_listed_nor_readable_nor_cancellable_here()
    {
        await using var app = DryRunApp();
        using var api = new OperatorClient(app);
        var id = "selfcheck-" + Guid.NewGuid().ToString("N");
        await app.Client.ScheduleNewOrchestrationInstanceAsync(AutoRemediate.Functions.SelfCheck.EngineSelfCheckOrchestrator.Name, new { EventTimeoutSeconds = 60 }, new StartOrchestrationOptions(id));

        var listed = await api.JsonAsync(HttpMethod.Get, "/api/remediations");

        Assert.Empty(listed.GetProperty("items").EnumerateArray());
        await api.JsonAsync(HttpMethod.Get, $"/api/remediations/{id}/timeline", expectedStatus: 404);
        await api.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "not mine" }, expectedStatus: 404);
        await app.Client.TerminateInstanceAsync(id, new TerminateInstanceOptions { Output = "test over" });
    }

    [Fact]
    public async Task Cancel_without_a_reason_is_a_400_problem_naming_reason()
    {
        await using var app = DryRunApp();
        using var api = new OperatorClient(app);

        var problem = await api.JsonAsync(HttpMethod.Post, "/api/remediations/am-00000000000000000000000000000000/cancel", new { reason = " " }, expectedStatus: 400);

        Assert.Equal("reason", problem.GetProperty("parameter").GetString());
    }

    private static readonly AutoRemediate.Core.Guardrails.GuardrailStateQuery Query = new("restart", [], "any");

    private static async Task<IReadOnlyList<string>> RunningAsync(RemediationApp app) =>
        (await app.Guardrails.LoadAsync(Query, DateTimeOffset.UtcNow)).RunningRemediationIds;

    private RemediationApp DryRunApp() =>
        new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);

    private RemediationApp ApprovalApp()
    {
        // An approval service that accepts every request and never decides: the remediation waits for approval.
        var approvals = Substitute.For<IApprovalService>();
        approvals.RequestAsync(Arg.Any<ApprovalRequest>(), Arg.Any<CancellationToken>())
            .Returns(call => new ApprovalLink(call.Arg<ApprovalRequest>().RequestId, new Uri("https://approvals.example/requests/1"), call.Arg<ApprovalRequest>().ExpiresAt));
        return new(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "approval"), services => services.AddSingleton(approvals), OperatorClient.Settings);
    }

    private static async Task WaitForStageAsync(RemediationApp app, string id, RemediationStage stage)
    {
        using var deadline = new CancellationTokenSource(Timeout);
        while ((await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation: deadline.Token))?.ReadCustomStatusAs<RemediationStatus>()?.Stage != stage)
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }
}
