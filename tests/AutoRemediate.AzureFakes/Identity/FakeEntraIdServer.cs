using System.Buffers.Text;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using AutoRemediate.AzureFakes.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.AzureFakes.Identity;

/// <summary>
/// A local stand-in for Entra ID on HTTPS (127.0.0.1, self-signed): serves one tenant's OpenID metadata and JWKS for
/// RSA keys the test generates, and mints RS256 access tokens with them the way the action groups' secure webhook
/// receives them. Every part of a token can be made wrong; <see cref="RotateKey"/> publishes a new key.
/// </summary>
public sealed class FakeEntraIdServer : IAsyncDisposable
{
    /// <summary>The audience tokens carry unless a test says otherwise.</summary>
    public const string Audience = "api://autoremediate-test";

    /// <summary>The app role tokens carry unless a test says otherwise.</summary>
    public const string AppRole = "ActionGroupsSecureWebhook";

    private readonly WebApplication _app;
    private readonly X509Certificate2 _certificate;
    private readonly Lock _gate = new();
    private readonly List<(string KeyId, RSA Key)> _keys = [];
    private int _metadataRequests;

    private FakeEntraIdServer(WebApplication app, X509Certificate2 certificate)
    {
        _app = app;
        _certificate = certificate;
        _keys.Add(("test-key-1", RSA.Create(2048)));
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", Metadata);
        app.MapGet("/{tenant}/discovery/v2.0/keys", KeySet);
    }

    /// <summary>The tenant whose metadata is served.</summary>
    public string TenantId { get; } = Guid.NewGuid().ToString();

    /// <summary>The server's root, e.g. <c>https://127.0.0.1:41234/</c>.</summary>
    public Uri Authority { get; private set; } = new("https://127.0.0.1/");

    /// <summary>The v2.0 issuer the metadata names.</summary>
    public string Issuer => $"{Authority.AbsoluteUri}{TenantId}/v2.0";

    /// <summary>The tenant's v1.0 issuer, as Entra ID writes it into v1.0 access tokens.</summary>
    public string V1Issuer => $"https://sts.windows.net/{TenantId}/";

    /// <summary>How many times the OpenID metadata document was fetched.</summary>
    public int MetadataRequests => Volatile.Read(ref _metadataRequests);

    /// <summary>The webhook settings that accept this tenant's tokens.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["Webhook:EntraId:TenantId"] = TenantId,
        ["Webhook:EntraId:Audience"] = Audience,
        ["Webhook:EntraId:Authority"] = Authority.AbsoluteUri,
    };

    private (string KeyId, RSA Key) Current
    {
        get
        {
            lock (_gate)
            {
                return _keys[^1];
            }
        }
    }

    /// <summary>Starts a server on a random loopback port.</summary>
    public static async Task<FakeEntraIdServer> StartAsync()
    {
        var certificate = SelfSignedCertificate.Create();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        var server = new FakeEntraIdServer(builder.Build(), certificate);
        await server._app.StartAsync();
        server.Authority = new Uri($"https://127.0.0.1:{new Uri(server._app.Urls.First()).Port}/");
        return server;
    }

    /// <summary>Publishes a new signing key next to the old ones; tokens are signed with it from now on.</summary>
    public string RotateKey()
    {
        lock (_gate)
        {
            var keyId = $"test-key-{_keys.Count + 1}";
            _keys.Add((keyId, RSA.Create(2048)));
            return keyId;
        }
    }

    /// <summary>An HTTP handler that trusts exactly this server's certificate (and nothing self-signed besides).</summary>
    public HttpClientHandler CreateHandler()
    {
        var expected = _certificate.RawData;
        return new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented is not null && presented.RawData.AsSpan().SequenceEqual(expected),
        };
    }

    /// <summary>A token like the one an action group's secure webhook sends; each argument can make it wrong.</summary>
    public string CreateToken(
        string? audience = Audience, DateTimeOffset? expires = null, RSA? signWith = null, string? issuer = null, string[]? roles = null)
    {
        var (keyId, key) = Current;
        // Entra ID issues tokens valid for about an hour from shortly before they were asked for.
        var expiresAt = expires ?? DateTimeOffset.UtcNow.AddHours(1);
        var issuedAt = expiresAt.AddMinutes(-61);
        var header = Encode(new { alg = "RS256", typ = "JWT", kid = keyId });
        var claims = Encode(new
        {
            iss = issuer ?? Issuer,
            aud = audience,
            iat = issuedAt.ToUnixTimeSeconds(),
            nbf = issuedAt.ToUnixTimeSeconds(),
            exp = expiresAt.ToUnixTimeSeconds(),
            tid = TenantId,
            appid = "461e8683-5575-4561-ac7f-899cc907d62a",
            roles = roles ?? [AppRole],
        });
        var signature = (signWith ?? key).SignData(Encoding.ASCII.GetBytes($"{header}.{claims}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{claims}.{Base64Url.EncodeToString(signature)}";
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _certificate.Dispose();
        foreach (var (_, key) in _keys)
        {
            key.Dispose();
        }
    }

    private IResult Metadata(string tenant)
    {
        Interlocked.Increment(ref _metadataRequests);
        return Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = Issuer,
            ["jwks_uri"] = $"{Authority.AbsoluteUri}{tenant}/discovery/v2.0/keys",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
        });
    }

    private IResult KeySet()
    {
        lock (_gate)
        {
            return Results.Json(new { keys = _keys.Select(k => PublicKey(k.KeyId, k.Key)).ToArray() });
        }
    }

    private static Dictionary<string, string> PublicKey(string keyId, RSA key)
    {
        var parameters = key.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, string>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = keyId,
            ["n"] = Base64Url.EncodeToString(parameters.Modulus),
            ["e"] = Base64Url.EncodeToString(parameters.Exponent),
        };
    }

    private static string Encode(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
}
