using System.Net.Http.Headers;
using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Guardrails;
using Microsoft.DurableTask.Client;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// The real app with the real remediation orchestration, a binding folder of the test's choosing, and audit and
/// guardrail tables of its own (so one test's cooldowns and kill switch never leak into another).
/// </summary>
internal sealed class RemediationApp : IAsyncDisposable
{
    public static readonly string TestBindings = Path.Combine(AppContext.BaseDirectory, "TestBindings");

    private readonly AppFactory root;

    public RemediationApp(string storageConnection, string bindingFolder, Action<IServiceCollection>? services = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var suffix = "rem" + Guid.NewGuid().ToString("N")[..12];
        // Configured directly, not through WithWebHostBuilder, so a browser test can serve this factory on Kestrel.
        root = new AppFactory(storageConnection, configure: builder =>
        {
            builder.UseSetting("Webhook:KeyHashes:0", WebhookApp.Sha256Hex(WebhookApp.Key));
            builder.UseSetting("Runbooks:Path", bindingFolder);
            builder.UseSetting("AuditLog:TableName", "audit" + suffix);
            builder.UseSetting("AuditLog:IndexTableName", "auditidx" + suffix);
            builder.UseSetting("AuditLog:AnchorTableName", "auditanc" + suffix);
            builder.UseSetting("GuardrailState:TableName", "guard" + suffix);
            // No Azure here: dry runs record the plan only; tests with the fake Azure turn it on.
            builder.UseSetting("Azure:Enabled", "false");
            foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(name, value);
            }

            if (services is not null)
            {
                builder.ConfigureServices(services);
            }
        });
    }

    public WebApplicationFactory<Program> Factory => root;

    public DurableTaskClient Client => Factory.Services.GetRequiredService<DurableTaskClient>();

    public IAuditLog Audit => Factory.Services.GetRequiredService<IAuditLog>();

    public IGuardrailStateStore Guardrails => Factory.Services.GetRequiredService<IGuardrailStateStore>();

    /// <summary>POSTs a sample to /api/alerts and returns the remediation instance id from the receipt.</summary>
    public async Task<string> PostAlertAsync(byte[] body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/alerts", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");
        request.Headers.Add("x-functions-key", WebhookApp.Key);
        using var client = Factory.CreateClient();
        using var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        using var json = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return json.RootElement.GetProperty("remediations")[0].GetProperty("instanceId").GetString()!;
    }

    public async Task<List<AuditRecord>> ChainAsync(string instanceId)
    {
        var records = new List<AuditRecord>();
        await foreach (var record in Audit.ReadChainAsync(instanceId))
        {
            records.Add(record);
        }

        return records;
    }

    public async ValueTask DisposeAsync()
    {
        await root.DisposeAsync();
    }
}
