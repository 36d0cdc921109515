using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// A local stand-in for Entra ID: serves a tenant's OpenID metadata and JWKS over loopback HTTP for a key the test
/// generates, and mints RS256 tokens with it.
/// </summary>
internal sealed class OidcTestServer : IAsyncDisposable
{
    public const string KeyId = "test-key-1";
    public const string Audience = "api://autoremediate-test";

    private readonly WebApplication app;
    private int metadataRequests;

    private OidcTestServer(WebApplication app) => this.app = app;

    public string TenantId { get; } = Guid.NewGuid().ToString();

    public RSA SigningKey { get; } = RSA.Create(2048);

    public string Authority => app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First() + "/";

    public string Issuer => $"{Authority}{TenantId}/v2.0";

    public int MetadataRequests => Volatile.Read(ref metadataRequests);

    public Dictionary<string, string?> Settings => new()
    {
        ["Webhook:EntraId:TenantId"] = TenantId,
        ["Webhook:EntraId:Audience"] = Audience,
        ["Webhook:EntraId:Authority"] = Authority,
    };

    public static async Task<OidcTestServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var server = new OidcTestServer(builder.Build());
        server.app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) =>
        {
            Interlocked.Increment(ref server.metadataRequests);
            return Results.Json(new Dictionary<string, string>
            {
                ["issuer"] = server.Issuer,
                ["jwks_uri"] = $"{server.Authority}{tenant}/discovery/v2.0/keys",
            });
        });
        server.app.MapGet("/{tenant}/discovery/v2.0/keys", () =>
        {
            var parameters = server.SigningKey.ExportParameters(includePrivateParameters: false);
            return Results.Json(new
            {
                keys = new[]
                {
                    new { kty = "RSA", use = "sig", kid = KeyId, n = Base64Url.EncodeToString(parameters.Modulus), e = Base64Url.EncodeToString(parameters.Exponent) },
                },
            });
        });
        await server.app.StartAsync();
        return server;
    }

    /// <summary>A token like Azure Monitor's secure webhook sends; every part can be made wrong.</summary>
    public string CreateToken(string? audience = Audience, DateTimeOffset? expires = null, RSA? signWith = null, string? issuer = null)
    {
        var now = DateTimeOffset.UtcNow;
        var header = Encode(new { alg = "RS256", typ = "JWT", kid = KeyId });
        var claims = Encode(new
        {
            iss = issuer ?? Issuer,
            aud = audience,
            iat = now.ToUnixTimeSeconds(),
            nbf = now.AddMinutes(-1).ToUnixTimeSeconds(),
            exp = (expires ?? now.AddHours(1)).ToUnixTimeSeconds(),
            tid = TenantId,
            appid = "461e8683-5575-4561-ac7f-899cc907d62a",
        });
        var signature = (signWith ?? SigningKey).SignData(Encoding.ASCII.GetBytes($"{header}.{claims}"), HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        return $"{header}.{claims}.{Base64Url.EncodeToString(signature)}";
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        SigningKey.Dispose();
    }

    private static string Encode(object value) => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(value));
}
