using System.Net.Http.Json;
using AutoRemediate.Core.Toil;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// The real app in custom-handler mode (no worker of its own) on toil tables named by <c>tables</c>, so several
/// instances can share one ledger and report table as hosts of one deployment do. Teams posts go where told.
/// </summary>
internal sealed class ToilApp : IAsyncDisposable
{
    private readonly AppFactory root;

    public ToilApp(string storageConnection, string tables, Uri? teamsUrl = null)
    {
        root = new AppFactory(storageConnection, customHandlerPort: 7099);
        Factory = root.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Webhook:KeyHashes:0", WebhookApp.Sha256Hex(WebhookApp.Key));
            builder.UseSetting("Operator:TrustAppServiceAuthentication", "true");
            builder.UseSetting("Toil:LedgerTableName", "toil" + tables);
            builder.UseSetting("Toil:ReportTableName", "toilrep" + tables);
            builder.UseSetting("Teams:RetryDelay", "00:00:00.010");
            if (teamsUrl is not null)
            {
                builder.UseSetting("Teams:WebhookUrl", teamsUrl.AbsoluteUri);
            }
        });
    }

    /// <summary>A fresh table-name suffix for one test.</summary>
    public static string NewTables() => Guid.NewGuid().ToString("N")[..12];

    public WebApplicationFactory<Program> Factory { get; }

    public IToilLedger Ledger => Factory.Services.GetRequiredService<IToilLedger>();

    public IToilReportStore Reports => Factory.Services.GetRequiredService<IToilReportStore>();

    /// <summary>Settings for another host of this deployment (the <c>toil</c> command's) on the same storage and tables.</summary>
    public static Dictionary<string, string?> Settings(string storageConnection, string tables) => new()
    {
        ["AzureWebJobsStorage"] = storageConnection,
        ["Toil:LedgerTableName"] = "toil" + tables,
        ["Toil:ReportTableName"] = "toilrep" + tables,
    };

    /// <summary>Records an occurrence at 10:00 of the window's first day: no binding (unmatched) when <paramref name="effort"/> is null.</summary>
    public Task SeedAsync(ToilWindow window, string id, ToilOutcome outcome, int? effort) =>
        Ledger.RecordAsync(
            new ToilOccurrence
            {
                OccurrenceId = id,
                RemediationId = id,
                OccurredAt = window.Start.AddHours(10),
                EndedAt = window.Start.AddHours(10).AddMinutes(3),
                Outcome = outcome,
                RuleName = "rule-" + id,
                ManualEffortMinutes = effort,
                BindingId = effort is null ? null : "binding-" + id,
                Runbook = effort is null ? null : "restart",
            },
            CancellationToken.None);

    /// <summary>POSTs a timer invocation as the Functions host does and returns its log line.</summary>
    public async Task<string> FireTimerAsync(string function)
    {
        using var http = Factory.CreateClient();
        using var response = await http.PostAsJsonAsync(new Uri("/" + function, UriKind.Relative), FunctionsHostEmulator.TimerInvocation(function));
        var body = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.True(response.IsSuccessStatusCode, $"{function}: {(int)response.StatusCode} {body}");
        return body.GetProperty("Logs")[0].GetString()!;
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await root.DisposeAsync();
    }
}
