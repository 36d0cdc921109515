using System.Security.Cryptography;
using System.Text.Json;
using AutoRemediate.Functions.Webhook;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Security;

/// <summary>
/// Fetches the tenant's OpenID metadata (issuer, jwks_uri) and RSA signing keys, and caches them for
/// <see cref="EntraIdOptions.SigningKeysRefreshInterval"/>. A token signed with an unknown key id triggers an
/// early refetch (keys rotate), at most once per <see cref="UnknownKeyRefetchInterval"/> so forged key ids
/// cannot make the app hammer the identity provider.
/// </summary>
internal sealed class OidcSigningKeySource(
    IHttpClientFactory httpClients, IOptions<WebhookOptions> options, TimeProvider time, ILogger<OidcSigningKeySource> logger) : IDisposable
{
    public const string HttpClientName = "entra-id-metadata";
    public static readonly TimeSpan UnknownKeyRefetchInterval = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim refresh = new(1, 1);
    private SigningKeySet? current;

    public async Task<SigningKeySet> GetAsync(string keyId, CancellationToken cancellationToken)
    {
        if (Usable(Volatile.Read(ref current), keyId) is { } cached)
        {
            return cached;
        }

        await refresh.WaitAsync(cancellationToken);
        try
        {
            // Another request may have refreshed while this one waited.
            var snapshot = Volatile.Read(ref current);
            if (Usable(snapshot, keyId) is { } refreshed)
            {
                return refreshed;
            }

            try
            {
                var fetched = await FetchAsync(cancellationToken);
                Volatile.Write(ref current, fetched);
                logger.SigningKeysFetched(fetched.Keys.Count, fetched.Issuer);
                return fetched;
            }
            catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                // Any failure to read the provider's documents (network, HTTP status, shape) is an outage, not a verdict.
                logger.SigningKeysFetchFailed(options.Value.EntraId.MetadataAddress, exception);
                return snapshot ?? throw new SigningKeysUnavailableException("the tenant's signing keys could not be fetched", exception);
            }
        }
        finally
        {
            refresh.Release();
        }
    }

    public void Dispose() => refresh.Dispose();

    private SigningKeySet? Usable(SigningKeySet? snapshot, string keyId)
    {
        if (snapshot is null)
        {
            return null;
        }

        var age = time.GetUtcNow() - snapshot.FetchedAt;
        var fresh = age < options.Value.EntraId.SigningKeysRefreshInterval;
        return fresh && (snapshot.Keys.ContainsKey(keyId) || age < UnknownKeyRefetchInterval) ? snapshot : null;
    }

    private async Task<SigningKeySet> FetchAsync(CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        using var metadata = await GetJsonAsync(http, options.Value.EntraId.MetadataAddress, cancellationToken);
        var issuer = ReadString(metadata.RootElement, "issuer");
        var jwksUri = new Uri(ReadString(metadata.RootElement, "jwks_uri"), UriKind.Absolute);
        if (jwksUri.Scheme != Uri.UriSchemeHttps && !jwksUri.IsLoopback)
        {
            throw new InvalidDataException("the metadata's jwks_uri is not https");
        }

        using var jwks = await GetJsonAsync(http, jwksUri, cancellationToken);
        var keys = new Dictionary<string, RSAParameters>(StringComparer.Ordinal);
        foreach (var key in jwks.RootElement.GetProperty("keys").EnumerateArray())
        {
            if (JsonWebKeys.TryReadRsaSigningKey(key, out var kid, out var parameters))
            {
                keys[kid] = parameters;
            }
        }

        return new SigningKeySet(issuer, keys, time.GetUtcNow());
    }

    private static async Task<JsonDocument> GetJsonAsync(HttpClient http, Uri address, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(address, cancellationToken);
        response.EnsureSuccessStatusCode();
        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        return await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken);
    }

    private static string ReadString(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String && value.GetString() is { Length: > 0 } text
            ? text
            : throw new InvalidDataException($"the OpenID metadata has no '{name}'");
}
