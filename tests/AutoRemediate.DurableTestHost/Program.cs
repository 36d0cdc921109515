using System.Globalization;
using AutoRemediate.DurableTestHost;
using AutoRemediate.DurableTestHost.Ledger;
using AutoRemediate.DurableTestHost.Runbooks;
using AutoRemediate.Runbooks.Hosting;
using AutoRemediate.Server.Engine;
using Microsoft.DurableTask;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

// A worker process for the crash and two-worker tests: the engine (DurableTask.AzureStorage on Azurite) with short
// partition leases and message visibility, so a killed peer's work is recovered within seconds. Settings come as
// --key=value arguments.
var builder = Host.CreateApplicationBuilder(args);
builder.Logging.SetMinimumLevel(LogLevel.Warning);
var settings = builder.Configuration;
string Required(string key) => settings[key] ?? throw new ArgumentException($"--{key}=... is required");
string Seconds(string key, double fallback) => TimeSpan.FromSeconds(
    settings[key] is { } raw ? double.Parse(raw, CultureInfo.InvariantCulture) : fallback).ToString("c", CultureInfo.InvariantCulture);

var workerId = settings["worker"] ?? $"testhost-{Environment.ProcessId}";
var concurrency = settings["concurrency"] ?? "8";
var visibility = Seconds("visibility-seconds", 10);
builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
{
    [$"{DurableEngineOptions.SectionName}:ConnectionString"] = Required("connection"),
    [$"{DurableEngineOptions.SectionName}:TaskHub"] = Required("hub"),
    [$"{DurableEngineOptions.SectionName}:MaxQueuePollingInterval"] = "00:00:00.250",
    [$"{DurableEngineOptions.SectionName}:MaxConcurrentOrchestrations"] = concurrency,
    [$"{DurableEngineOptions.SectionName}:MaxConcurrentActivities"] = concurrency,
    [$"{DurableEngineOptions.SectionName}:LeaseInterval"] = Seconds("lease-seconds", 15),
    [$"{DurableEngineOptions.SectionName}:LeaseRenewInterval"] = Seconds("lease-renew-seconds", 3),
    [$"{DurableEngineOptions.SectionName}:LeaseAcquireInterval"] = Seconds("lease-acquire-seconds", 2),
    [$"{DurableEngineOptions.SectionName}:ControlQueueVisibilityTimeout"] = visibility,
    [$"{DurableEngineOptions.SectionName}:WorkItemQueueVisibilityTimeout"] = visibility,
});

var ledger = new LedgerFile(Required("ledger"));
var recorder = new LedgerMiddleware(ledger, new WorkerName(workerId), TimeProvider.System);
builder.Services.AddSingleton<DataConverter>(HostJson.Converter());
var tasks = builder.Services.AddDurableTasks()
    .AddOrchestrator<LedgerOrchestrator>(LedgerOrchestrator.Name)
    .AddActivity<LedgerStepActivity>(LedgerStepActivity.Name);
if (settings["journal"] is { } journal)
{
    // Runbook mode: coded runbooks run whole by a harness orchestrator, their steps journalled to this file.
    tasks.AddRunbookHarness(settings, journal);
}

var engine = builder.Services.AddDurableEngine();
foreach (var task in builder.Services.DurableTaskRegistrations())
{
    _ = task.Kind == DurableTaskKind.Orchestrator ? engine.Registry.AddOrchestrator(task.Name, task.Type) : engine.Registry.AddActivity(task.Name, task.Type);
}

engine.UseOrchestrationMiddleware(recorder.OnTurnAsync).UseActivityMiddleware(recorder.OnActivityAsync).AddWorker();

using var host = builder.Build();
host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStarted
    .Register(() => Console.WriteLine($"durable-test-host: ready (worker {workerId}, pid {Environment.ProcessId})"));
await host.RunAsync();
