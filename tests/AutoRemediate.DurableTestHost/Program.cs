using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using AutoRemediate.Durable;
using AutoRemediate.Durable.Store;
using AutoRemediate.Durable.Worker;
using AutoRemediate.DurableTestHost;
using AutoRemediate.DurableTestHost.Ledger;
using AutoRemediate.DurableTestHost.Runbooks;
using AutoRemediate.Storage;
using AutoRemediate.Storage.Durable;

// A worker process for the crash and two-worker tests: the engine on Azure Storage (Azurite), polling, with
// short leases so a killed peer's work is recovered within seconds. Settings come as --key=value arguments.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var settings = builder.Configuration;
string Required(string key) => settings[key] ?? throw new ArgumentException($"--{key}=... is required");
double Seconds(string key, double fallback) =>
    settings[key] is { } raw ? double.Parse(raw, CultureInfo.InvariantCulture) : fallback;

var workerId = settings["worker"] ?? $"testhost-{Environment.ProcessId}";
builder.Services.AddSingleton(new LedgerFile(Required("ledger")));
builder.Services.AddSingleton(new WorkerName(workerId));
builder.Services.AddSingleton<IOrchestrationTurnObserver, LedgerTurnObserver>();
builder.Services.AddAzureStorageClients(options => options.ConnectionString = Required("connection"));
var engine = builder.Services
    .AddDurableEngine(options =>
    {
        options.WorkerId = workerId;
        options.MaxConcurrentWorkItems = int.Parse(settings["concurrency"] ?? "8", CultureInfo.InvariantCulture);
        options.LeaseDuration = TimeSpan.FromSeconds(Seconds("lease-seconds", 5));
        options.MessageVisibilityTimeout = TimeSpan.FromSeconds(Seconds("visibility-seconds", Seconds("lease-seconds", 5)));
        options.SweepInterval = TimeSpan.FromSeconds(2);
        options.StalledInstanceGrace = TimeSpan.FromSeconds(10);
    })
    .UseAzureStorage(Required("hub"))
    .AddOrchestrator<LedgerOrchestrator>(LedgerOrchestrator.Name)
    .AddActivity<LedgerStepActivity>(LedgerStepActivity.Name);
if (settings["journal"] is { } journal)
{
    // Runbook mode: coded runbooks run whole by a harness orchestrator, their steps journalled to this file.
    engine.AddRunbookHarness(settings, journal);
}

engine.AddWorker();

// Every dispatch goes through the ledger first (see LedgerWorkQueue).
var queue = builder.Services.Last(d => d.ServiceType == typeof(IWorkQueue));
builder.Services.Remove(queue);
builder.Services.AddSingleton<IWorkQueue>(sp => new LedgerWorkQueue(
    (IWorkQueue)queue.ImplementationFactory!(sp), sp.GetRequiredService<LedgerFile>(), sp.GetRequiredService<WorkerName>(), TimeProvider.System));

using var host = builder.Build();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted
    .Register(() => Console.WriteLine($"durable-test-host: ready (worker {workerId}, pid {Environment.ProcessId})"));
await host.RunAsync();
