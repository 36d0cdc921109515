using AutoRemediate.Functions.Engine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Testing.Azurite;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// The real app as an operator meets it: the approval binding (or another folder of TestBindings), approvals on (posting
/// to a fake Teams), the local operator identity <see cref="Operator"/> with the local roles (Admin unless a test says
/// otherwise) in the Development environment (or App Service Authentication trusted, for sign-in tests), optionally on
/// Kestrel for a browser.
/// </summary>
internal sealed class DashboardApp : IAsyncDisposable
{
    public const string Operator = "oncall@example.com";
    public const string Approver = "dana@example.com";
    private const string FiredSample = "azure-monitor-metric-appservice-5xx-fired.json";

    private DashboardApp(FakeTeamsServer teams, RemediationApp app, Uri baseAddress)
    {
        Teams = teams;
        App = app;
        BaseAddress = baseAddress;
    }

    public FakeTeamsServer Teams { get; }

    public RemediationApp App { get; }

    /// <summary>Where a browser reaches the app (Kestrel), or the test server's nominal address.</summary>
    public Uri BaseAddress { get; }

    public static async Task<DashboardApp> StartAsync(
        AzuriteFixture azurite, bool trustAppService = false, bool kestrel = false, int refreshSeconds = 10, Action<IServiceCollection>? services = null, int? pageSize = null,
        string localRoles = "Admin", string bindings = "approval")
    {
        var teams = await FakeTeamsServer.StartAsync();
        var baseAddress = kestrel ? new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}") : new Uri("http://localhost");
        var settings = LocalApprovalSettings.For(baseAddress, Approver, teams.TeamsUrl);
        settings["Operator:LocalIdentity"] = trustAppService ? string.Empty : Operator;
        settings["Operator:LocalRoles"] = trustAppService ? string.Empty : localRoles;
        // The local operator identity is honoured in Development only, as on a developer's machine.
        settings["environment"] = trustAppService ? "Testing" : "Development";
        settings["Operator:TrustAppServiceAuthentication"] = trustAppService ? "true" : "false";
        settings["Dashboard:RefreshSeconds"] = refreshSeconds.ToString(CultureInfo.InvariantCulture);
        if (pageSize is { } size)
        {
            settings["Dashboard:PageSize"] = size.ToString(CultureInfo.InvariantCulture);
        }

        settings["Toil:LedgerTableName"] = "toilledger" + Guid.NewGuid().ToString("N")[..12];
        settings["Toil:ReportTableName"] = "toilreports" + Guid.NewGuid().ToString("N")[..12];
        var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, bindings), services, settings);
        if (kestrel)
        {
            app.Factory.StartOnLoopback(baseAddress.Port);
        }
        else
        {
            _ = app.Factory.Server;
        }

        return new DashboardApp(teams, app, baseAddress);
    }

    /// <summary>The App Service 5xx sample with a fresh alert id and, when given, another rule name (it must still end in -http5xx to match).</summary>
    public static byte[] Alert(string? ruleName = null)
    {
        var json = Encoding.UTF8.GetString(WebhookApp.Sample(FiredSample))
            .Replace("6b5c2a43-0f4e-4a7c-9d1e-2f3a4b5c6d7e", Guid.NewGuid().ToString(), StringComparison.Ordinal);
        if (ruleName is not null)
        {
            json = json.Replace("\"alertRule\": \"checkout-api-http5xx\"", $"\"alertRule\": {System.Text.Json.JsonSerializer.Serialize(ruleName)}", StringComparison.Ordinal);
        }

        return Encoding.UTF8.GetBytes(json);
    }

    /// <summary>The App Service 5xx sample with a fresh alert id on the given App Service sites (by name) instead of its one.</summary>
    public static byte[] AlertOn(params string[] sites)
    {
        var ids = string.Join(", ", sites.Select(s => System.Text.Json.JsonSerializer.Serialize($"/subscriptions/11111111-2222-3333-4444-555555555555/resourcegroups/rg-checkout-prod/providers/microsoft.web/sites/{s}")));
        var json = Encoding.UTF8.GetString(Alert());
        var start = json.IndexOf("\"alertTargetIDs\": [", StringComparison.Ordinal);
        var end = json.IndexOf(']', start);
        return Encoding.UTF8.GetBytes(string.Concat(json.AsSpan(0, start), $"\"alertTargetIDs\": [{ids}", json.AsSpan(end)));
    }

    /// <summary>Posts an alert and waits until its remediation reaches <paramref name="stage"/>.</summary>
    public async Task<string> RemediationAtAsync(byte[] alert, RemediationStage stage)
    {
        var id = await App.PostAlertAsync(alert);
        await WaitForStageAsync(id, stage);
        return id;
    }

    public Task WaitForStageAsync(string id, RemediationStage stage) => WaitForStageAsync(id, s => s == stage);

    /// <summary>Waits until the remediation's stage satisfies <paramref name="reached"/>.</summary>
    public async Task WaitForStageAsync(string id, Func<RemediationStage, bool> reached)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while ((await App.Client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellation: deadline.Token))?.ReadCustomStatusAs<RemediationStatus>()?.Stage is not { } stage || !reached(stage))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(100), deadline.Token);
        }
    }

    public async Task<OrchestrationRuntimeStatus> CompletionAsync(string id) =>
        (await App.Client.WaitForInstanceCompletionAsync(id, TimeSpan.FromSeconds(60))).RuntimeStatus;

    /// <summary>An HTTP client that does not follow redirects, so tests see the 303s.</summary>
    public HttpClient Http() => App.Factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public async ValueTask DisposeAsync()
    {
        await App.DisposeAsync();
        await Teams.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
