using System.Net;
using System.Security.Cryptography.X509Certificates;
using Azure.Core.Pipeline;
using AutoRemediate.AzureFakes.Faults;
using AutoRemediate.AzureFakes.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.AzureFakes.Server;

/// <summary>
/// A local HTTPS server on 127.0.0.1 (random port, self-signed certificate) speaking the ARM, Key Vault, Azure Monitor
/// metrics and Log Analytics wire formats for the operations the actuators use. Seed <see cref="State"/>, inject
/// <see cref="Faults"/>, point the clients at <see cref="BaseUri"/> with <see cref="CreateTransport"/>, and read
/// <see cref="Requests"/> afterwards.
/// </summary>
public sealed class FakeAzureServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly FakeRouter _router;

    private FakeAzureServer(WebApplication app, FakeRouter router, FakeAzureState state, FakeFaults faults, X509Certificate2 certificate, Uri baseUri)
    {
        _app = app;
        _router = router;
        State = state;
        Faults = faults;
        Certificate = certificate;
        BaseUri = baseUri;
    }

    /// <summary>The server's root, e.g. <c>https://127.0.0.1:41234/</c>: the ARM endpoint, the vault URL and the Log Analytics endpoint.</summary>
    public Uri BaseUri { get; }

    /// <summary>The self-signed certificate the server presents.</summary>
    public X509Certificate2 Certificate { get; }

    /// <summary>The fake Azure's resources and scripted data.</summary>
    public FakeAzureState State { get; }

    /// <summary>Injected faults and operation shapes.</summary>
    public FakeFaults Faults { get; }

    /// <summary>Every request received so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => _router.Log;

    /// <summary>Scale set instances per page of the instance list (a nextLink follows when there are more).</summary>
    public int InstancePageSize
    {
        get => _router.Compute.PageSize;
        set => _router.Compute.PageSize = value;
    }

    /// <summary>Starts a server whose state runs on <paramref name="clock"/> (the system clock when null).</summary>
    public static async Task<FakeAzureServer> StartAsync(TimeProvider? clock = null)
    {
        var certificate = SelfSignedCertificate.Create();
        var state = new FakeAzureState(clock ?? TimeProvider.System);
        var faults = new FakeFaults();
        var router = new FakeRouter(state, faults);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var app = builder.Build();
        app.Run(router.HandleAsync);
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        return new FakeAzureServer(app, router, state, faults, certificate, new Uri($"https://127.0.0.1:{address.Port}/"));
    }

    /// <summary>An HTTP handler that trusts exactly this server's certificate (and nothing self-signed besides).</summary>
    public HttpClientHandler CreateHandler()
    {
        var expected = Certificate.RawData;
        return new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(expected),
        };
    }

    /// <summary>An Azure.Core transport over <see cref="CreateHandler"/>.</summary>
    public HttpPipelineTransport CreateTransport() => new HttpClientTransport(CreateHandler());

    /// <summary>
    /// Configuration entries pointing the actuator options at this server (endpoints, the allowed vault host, and no
    /// check of the vault challenge's scope against that host),
    /// under <paramref name="section"/>.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Settings(string section = "Azure") => new Dictionary<string, string?>
    {
        [$"{section}:ResourceManagerEndpoint"] = BaseUri.AbsoluteUri,
        [$"{section}:LogAnalyticsEndpoint"] = BaseUri.AbsoluteUri,
        [$"{section}:KeyVaultDnsSuffixes:0"] = BaseUri.Host,
        // The fake vault's challenge names the public cloud's scope, which a 127.0.0.1 vault cannot match.
        [$"{section}:KeyVaultChallengeResourceVerification"] = "false",
    };

    /// <summary>Forgets the requests received so far.</summary>
    public void ClearRequests() => _router.ClearLog();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        Certificate.Dispose();
    }
}
