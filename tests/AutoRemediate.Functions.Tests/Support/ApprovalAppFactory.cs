using System.Globalization;
using AutoRemediate.Server.Engine;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using AutoRemediate.Testing.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// The real app with approvals enabled, on a task hub and approval table of its own in the shared Azurite,
/// posting to a <see cref="FakeTeamsServer"/>, with <see cref="ApprovalProbeOrchestrator"/> registered.
/// </summary>
internal sealed class ApprovalAppFactory(AzuriteFixture azurite, FakeTeamsServer teams, string? localApprover = null, int? kestrelPort = null)
    : WebApplicationFactory<Program>
{
    /// <summary>A fixed 32-byte test key, base64 (not a secret).</summary>
    public const string SigningKey = "dGVzdC1vbmx5LXNpZ25pbmcta2V5LTMyLWJ5dGVzLWxvbmch";

    public string TaskHub { get; } = "app" + Guid.NewGuid().ToString("N")[..12];

    public string TableName { get; } = "approvals" + Guid.NewGuid().ToString("N")[..12];

    public Uri PublicBaseUrl => kestrelPort is { } port ? new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}") : new Uri("http://localhost");

    public DurableTaskClient Client => Services.GetRequiredService<DurableTaskClient>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AzureWebJobsStorage", azurite.ConnectionString);
        builder.UseSetting("Durable:TaskHub", TaskHub);
        builder.UseSetting("Durable:MaxQueuePollingInterval", "00:00:00.100");
        // A fresh hub per test: its one worker takes the partitions at once instead of on the product's 5 s cycle.
        builder.UseSetting("Durable:LeaseAcquireInterval", "00:00:00.500");
        AppFactory.UseAuditKey(builder);
        builder.UseSetting("Approvals:Enabled", "true");
        builder.UseSetting("Approvals:PublicBaseUrl", PublicBaseUrl.AbsoluteUri);
        builder.UseSetting("Approvals:SigningKeys:k1", SigningKey);
        builder.UseSetting("Approvals:ActiveKeyId", "k1");
        builder.UseSetting("Approvals:TrustAppServiceAuthentication", localApprover is null ? "true" : "false");
        builder.UseSetting("Approvals:LocalApproverIdentity", localApprover ?? string.Empty);
        builder.UseSetting("Approvals:PagingWebhookUrl", teams.PagingUrl.AbsoluteUri);
        builder.UseSetting("Approvals:TableName", TableName);
        builder.UseSetting("Teams:WebhookUrl", teams.TeamsUrl.AbsoluteUri);
        builder.UseSetting("Teams:RetryDelay", "00:00:00.010");
        builder.ConfigureTestServices(services =>
            services.AddDurableEngine().AddOrchestrator<ApprovalProbeOrchestrator>(ApprovalProbeOrchestrator.Name));
    }

    /// <summary>Serves on real Kestrel at <see cref="PublicBaseUrl"/>, for a browser.</summary>
    public void StartOnKestrel()
    {
        this.StartOnLoopback(kestrelPort ?? throw new InvalidOperationException("Create the factory with a Kestrel port."));
    }
}
