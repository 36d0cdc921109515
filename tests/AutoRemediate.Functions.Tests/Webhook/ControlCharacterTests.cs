using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using AutoRemediate.Core.Audit;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>
/// Alert text with line breaks, ANSI escapes and bidi overrides is inert where people read it: one log line per
/// message, no control character in a Teams card, while the audit chain keeps exactly what the alert said.
/// Echoed input in error bodies is capped.
/// </summary>
[Collection(AzuriteCollection.Name)]
public sealed partial class ControlCharacterTests(AzuriteFixture azurite)
{
    /// <summary>Forges a log line, clears the terminal, colours it red and reverses the rest; still ends in -http5xx so the binding matches.</summary>
    private const string ForgedRule = "checkout\r\n2026-01-01T00:00:00 info: FORGED approved by admin@corp\u001b[2J\u001b[31m\u2028\u202Egpj-http5xx";

    [Fact]
    public async Task Rule_name_with_controls_goes_through_webhook_and_orchestration_as_one_escaped_line_per_message_and_an_inert_card()
    {
        var logs = new TextLogWriter();
        await using var app = await DashboardApp.StartAsync(azurite, services: s => s.AddSingleton<ILoggerProvider>(logs));

        var id = await app.RemediationAtAsync(DashboardApp.Alert(ForgedRule), RemediationStage.AwaitingApproval);
        var card = await app.Teams.WaitForTeamsPostAsync(id, "Approval needed");

        // Logs: every AutoRemediate message is exactly one line, and the rule name is in them escaped.
        var lines = logs.Text.Split('\n')[..^1];
        var ours = lines.Where(l => l.StartsWith("AutoRemediate", StringComparison.Ordinal)).ToList();
        Assert.Equal(logs.Calls("AutoRemediate"), ours.Count);
        Assert.All(lines, line => Assert.Matches(LinePrefix(), line));
        Assert.DoesNotContain(logs.Text, c => c is '\r' or '\u001b' or '\u2028' or '\u202E');
        Assert.Contains(ours, l => l.Contains(@"alert rule checkout\r\n2026-01-01T00:00:00 info: FORGED approved by admin@corp\u001B[2J\u001B[31m\u2028\u202Egpj-http5xx", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.StartsWith("2026", StringComparison.Ordinal));

        // The card: not one control, line-separator or bidi character in any text, the rule name visible escaped.
        var texts = Strings(card.Card).ToList();
        Assert.All(texts, text => Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E'));
        Assert.Contains(texts, t => t.Contains(@"checkout\\r\\n2026", StringComparison.Ordinal) && t.Contains(@"\\u001B\[2J", StringComparison.Ordinal));

        // The audit chain keeps the alert's own words (its hashes cover them unchanged).
        var received = (await app.App.ChainAsync(id)).First(r => r.Kind == AuditRecordKind.Received);
        Assert.Contains(ForgedRule, received.Summary, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/api/remediations/{0}")]
    [InlineData("/api/remediations/{0}/timeline")]
    public async Task Over_long_id_in_a_url_comes_back_capped_in_the_problem(string route)
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);
        using var api = new OperatorClient(app);
        var id = "am-" + new string('7', 5000);

        using var response = await api.SendAsync(HttpMethod.Get, string.Format(System.Globalization.CultureInfo.InvariantCulture, route, id));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var detail = problem.RootElement.GetProperty("detail").GetString()!;
        Assert.Contains($"'{id[..128]}…'", detail, StringComparison.Ordinal);
        Assert.DoesNotContain(id[..129], detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Over_long_id_in_a_cancel_comes_back_capped_in_the_problem()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);
        using var api = new OperatorClient(app);
        var id = new string('z', 3000);

        var problem = await api.JsonAsync(HttpMethod.Post, $"/api/remediations/{id}/cancel", new { reason = "r" }, expectedStatus: 404);

        Assert.Equal($"no remediation '{id[..128]}…' exists", problem.GetProperty("detail").GetString());
    }

    /// <summary>Every string in the card that Teams shows as text.</summary>
    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.Where(p => p.Key is not ("url" or "$schema")).SelectMany(p => Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.TryGetValue<string>(out var s) => [s],
        _ => [],
    };

    [GeneratedRegex(@"^[A-Za-z0-9_.`+\[\]]+\[\d+\] (Trace|Debug|Information|Warning|Error|Critical): ")]
    private static partial Regex LinePrefix();
}
