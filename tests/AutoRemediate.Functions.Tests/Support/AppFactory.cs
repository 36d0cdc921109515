using Microsoft.DurableTask.Client;
using AutoRemediate.Testing.Azurite;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>The real app, in process, on a task hub of its own in the shared Azurite; <c>configure</c> adds settings and services.</summary>
internal sealed class AppFactory(string storageConnection, int? customHandlerPort = null, Action<IWebHostBuilder>? configure = null) : WebApplicationFactory<Program>
{
    public string TaskHub { get; } = "app" + Guid.NewGuid().ToString("N")[..12];

    /// <summary>The audit key every test app keys its chains with (made per test run; never a real secret).</summary>
    public static readonly string AuditKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    public DurableTaskClient Client => Services.GetRequiredService<DurableTaskClient>();

    /// <summary>The audit key settings of a test app: one key, "test", active.</summary>
    public static void UseAuditKey(IWebHostBuilder builder)
    {
        builder.UseSetting("Audit:Keys:test", AuditKey);
        builder.UseSetting("Audit:ActiveKeyId", "test");
    }

    public static AppFactory SelfHosted(AzuriteFixture azurite) => new(azurite.ConnectionString);

    public static AppFactory CustomHandler(AzuriteFixture azurite) => new(azurite.ConnectionString, customHandlerPort: 7099);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("AzureWebJobsStorage", storageConnection);
        builder.UseSetting("Durable:TaskHub", TaskHub);
        builder.UseSetting("Durable:MaxQueuePollingInterval", "00:00:00.200");
        // A fresh hub per test: its one worker takes the partitions at once instead of on the product's 5 s cycle.
        builder.UseSetting("Durable:LeaseAcquireInterval", "00:00:00.500");
        UseAuditKey(builder);
        if (customHandlerPort is { } port)
        {
            builder.UseSetting("FUNCTIONS_CUSTOMHANDLER_PORT", port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        configure?.Invoke(builder);
    }
}
