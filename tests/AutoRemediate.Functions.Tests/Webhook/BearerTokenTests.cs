using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using AutoRemediate.AzureFakes.Identity;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Entra ID bearer tokens (Azure Monitor secure webhook), checked against a local HTTPS Entra ID's metadata and keys.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class BearerTokenTests(AzuriteFixture azurite)
{
    private const string Sample = "azure-monitor-metric-appservice-5xx-fired.json";

    [Fact]
    public async Task Valid_token_is_accepted_and_the_tenant_keys_are_fetched_once()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var first = await PostWithTokenAsync(app, entra.CreateToken());
        var second = await PostWithTokenAsync(app, entra.CreateToken());

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, second.StatusCode);
        Assert.Single(await app.InstancesAsync());
        Assert.Equal(1, entra.MetadataRequests);
    }

    [Fact]
    public async Task Token_from_the_tenant_v1_issuer_is_accepted()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var response = await PostWithTokenAsync(app, entra.CreateToken(issuer: entra.V1Issuer));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Token_signed_with_a_rotated_key_refetches_the_keys_and_is_accepted()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);
        Assert.Equal(HttpStatusCode.Accepted, (await PostWithTokenAsync(app, entra.CreateToken())).StatusCode);
        entra.RotateKey();

        var response = await PostWithTokenAsync(app, entra.CreateToken());

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.Equal(2, entra.MetadataRequests);
    }

    [Fact]
    public async Task Tokens_with_unknown_keys_refetch_the_keys_at_most_once_per_interval()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);
        Assert.Equal(HttpStatusCode.Accepted, (await PostWithTokenAsync(app, entra.CreateToken())).StatusCode);
        using var forger = RSA.Create(2048);
        entra.RotateKey();
        var first = await PostWithTokenAsync(app, entra.CreateToken(signWith: forger));
        entra.RotateKey();

        var second = await PostWithTokenAsync(app, entra.CreateToken());

        await AuthenticationTests.AssertUnauthorizedAsync(first, "signature is invalid");
        await AuthenticationTests.AssertUnauthorizedAsync(second, "signed with a key the tenant does not publish");
        Assert.Equal(2, entra.MetadataRequests);
    }

    [Fact]
    public async Task Token_for_another_audience_is_refused()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var response = await PostWithTokenAsync(app, entra.CreateToken(audience: "api://someone-else"));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "audience");
        Assert.Contains("invalid_token", response.Headers.WwwAuthenticate.ToString(), StringComparison.Ordinal);
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var response = await PostWithTokenAsync(app, entra.CreateToken(expires: DateTimeOffset.UtcNow.AddMinutes(-10)));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "expired");
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Token_expired_within_the_clock_skew_is_accepted()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var response = await PostWithTokenAsync(app, entra.CreateToken(expires: DateTimeOffset.UtcNow.AddSeconds(-30)));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    [Fact]
    public async Task Token_signed_with_another_key_is_refused_even_with_a_valid_function_key()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);
        using var forger = RSA.Create(2048);
        using var request = Request(entra.CreateToken(signWith: forger));
        request.Headers.Add("x-functions-key", WebhookApp.Key);

        var response = await app.CreateClient().SendAsync(request);

        await AuthenticationTests.AssertUnauthorizedAsync(response, "signature is invalid");
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Token_from_another_issuer_is_refused()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var response = await PostWithTokenAsync(app, entra.CreateToken(issuer: "https://sts.windows.net/another-tenant/"));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "issuer");
    }

    [Theory]
    [InlineData(null)]
    [InlineData("SomeOtherRole")]
    public async Task Token_without_the_action_group_app_role_is_refused(string? role)
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var response = await PostWithTokenAsync(app, entra.CreateToken(roles: role is null ? [] : [role]));

        await AuthenticationTests.AssertUnauthorizedAsync(response, "roles do not include Webhook:EntraId:AppRole");
        Assert.Empty(await app.InstancesAsync());
    }

    [Fact]
    public async Task Token_that_is_not_a_jwt_is_refused_without_echoing_it()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra);

        var response = await PostWithTokenAsync(app, "not-a-jwt-secret-looking-value");

        await AuthenticationTests.AssertUnauthorizedAsync(response, "not a signed JWT");
        Assert.DoesNotContain("secret-looking", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unreachable_identity_provider_is_answered_503_so_the_sender_retries()
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        var settings = entra.Settings;
        settings["Webhook:EntraId:Authority"] = "https://127.0.0.1:1/";
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra, settings);

        var response = await PostWithTokenAsync(app, entra.CreateToken());

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Empty(await app.InstancesAsync());
    }

    [Theory]
    [InlineData("Webhook:EntraId:AppRole", "", "Webhook:EntraId:AppRole must name the app role")]
    [InlineData("Webhook:EntraId:Authority", "http://login.example/", "Webhook:EntraId:Authority must be an absolute https URI")]
    [InlineData("Webhook:EntraId:SigningKeysRefreshInterval", "00:01:00", "Webhook:EntraId:SigningKeysRefreshInterval must be between 5 minutes and 7 days")]
    public async Task Unusable_entra_id_setting_stops_start_up_with_the_setting_named(string setting, string value, string expected)
    {
        await using var entra = await FakeEntraIdServer.StartAsync();
        var settings = entra.Settings;
        settings[setting] = value;
        await using var app = WebhookApp.WithEntraId(azurite.ConnectionString, entra, settings);

        var error = Assert.ThrowsAny<Exception>(() => app.Factory.Server);

        Assert.Contains(expected, error.ToString(), StringComparison.Ordinal);
    }

    private static async Task<HttpResponseMessage> PostWithTokenAsync(WebhookApp app, string token)
    {
        using var request = Request(token);
        return await app.CreateClient().SendAsync(request);
    }

    private static HttpRequestMessage Request(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/api/alerts", UriKind.Relative))
        {
            Content = new ByteArrayContent(WebhookApp.Sample(Sample)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return request;
    }
}
