using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using AutoRemediate.AzureFakes.Identity;
using AutoRemediate.Functions.Remediation;
using AutoRemediate.Server.Engine;
using AutoRemediate.Functions.Security;
using AutoRemediate.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>The app with a webhook key, the recording orchestrator under "Remediation", and extra settings.</summary>
internal sealed class WebhookApp : IAsyncDisposable
{
    public const string Key = "local-test-key-7f3a9c";
    public static readonly string SamplesDirectory = Path.Combine(RepositoryRoot.Find(), "tests", "AutoRemediate.Core.Tests", "Samples", "alerts");

    private readonly AppFactory root;

    public WebhookApp(
        string storageConnection, IReadOnlyDictionary<string, string?>? settings = null, bool withKey = true, Action<IServiceCollection>? services = null)
    {
        root = new AppFactory(storageConnection);
        Factory = root.WithWebHostBuilder(builder =>
        {
            if (withKey)
            {
                builder.UseSetting("Webhook:KeyHashes:0", Sha256Hex(Key));
            }

            // The status route is an operator route: tests read it as an operator signed in through App Service Authentication.
            builder.UseSetting("Operator:TrustAppServiceAuthentication", "true");

            foreach (var (name, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(name, value);
            }

            builder.ConfigureServices(collection => services?.Invoke(collection));
            builder.ConfigureServices(services =>
            {
                services.AddSingleton(Recorder);
                // The webhook tests pin what the webhook does, so the real remediation makes way for the recorder.
                services.AddDurableEngine().Registry.ReplaceOrchestrator<RecordingRemediationOrchestrator>(RemediationOrchestration.Name);
            });
        });
    }

    public WebApplicationFactory<Program> Factory { get; }

    /// <summary>The app accepting <paramref name="entraId"/>'s tokens, fetching its metadata over its HTTPS certificate.</summary>
    public static WebhookApp WithEntraId(string storageConnection, FakeEntraIdServer entraId, IReadOnlyDictionary<string, string?>? settings = null) =>
        new(storageConnection, settings ?? entraId.Settings, services: services =>
            services.AddHttpClient(EntraIdTokenValidator.HttpClientName).ConfigurePrimaryHttpMessageHandler(entraId.CreateHandler));

    public RemediationRecorder Recorder { get; } = new();

    public DurableTaskClient Client => Factory.Services.GetRequiredService<DurableTaskClient>();

    public static string Sha256Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(SamplesDirectory, name));

    public HttpClient CreateClient() => Factory.CreateClient();

    /// <summary>POSTs to /api/alerts with the key in the header (or none) and the given content type (or none).</summary>
    public async Task<HttpResponseMessage> PostAlertAsync(byte[] body, string? key = Key, string? contentType = "application/json")
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/alerts", UriKind.Relative)) { Content = new ByteArrayContent(body) };
        if (contentType is not null)
        {
            request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        }

        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
        }

        using var client = CreateClient();
        return await client.SendAsync(request);
    }

    /// <summary>Every instance in this app's task hub.</summary>
    public async Task<IReadOnlyList<OrchestrationMetadata>> InstancesAsync() =>
        await Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 1000, FetchInputsAndOutputs = true }).ToListAsync();

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await root.DisposeAsync();
    }
}
