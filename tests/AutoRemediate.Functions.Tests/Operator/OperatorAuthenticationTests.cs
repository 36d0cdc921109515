using System.Net;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Operator;

/// <summary>Every operator route is authenticated like the webhook: no key, no access.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperatorAuthenticationTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("GET", "/api/remediations")]
    [InlineData("GET", "/api/remediations/am-00000000000000000000000000000000/timeline")]
    [InlineData("POST", "/api/remediations/am-00000000000000000000000000000000/cancel")]
    [InlineData("GET", "/api/operator/kill-switch")]
    [InlineData("PUT", "/api/operator/kill-switch")]
    [InlineData("GET", "/api/operator/circuit-breakers")]
    [InlineData("GET", "/api/operator/circuit-breakers/restart")]
    [InlineData("POST", "/api/operator/circuit-breakers/restart/reset")]
    [InlineData("GET", "/api/approvals/pending")]
    public async Task Request_without_a_key_is_a_401_problem(string method, string path)
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);
        using var api = new OperatorClient(app, key: null);

        using var response = await api.SendAsync(new HttpMethod(method), path, method == "GET" ? null : new { engaged = true, reason = "r" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
