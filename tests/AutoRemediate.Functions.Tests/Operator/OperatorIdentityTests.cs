using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AutoRemediate.Functions.Operator;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Operator;

/// <summary>Behind App Service Authentication, the operator is the signed-in principal, recorded in state and audit.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class OperatorIdentityTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Trusted_principal_header_names_the_operator_and_its_absence_is_a_401()
    {
        var settings = new Dictionary<string, string?> { ["Operator:TrustAppServiceAuthentication"] = "true", ["Operator:LocalIdentity"] = "ignored@example.com", ["environment"] = "Development" };
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: settings);
        using var http = app.Factory.CreateClient();
        var principal = Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            auth_typ = "aad",
            claims = new[]
            {
                new { typ = "name", val = "Carol" },
                new { typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", val = "carol@contoso.com" },
                new { typ = "roles", val = "Admin" },
            },
        })));

        using var anonymous = await SendAsync(http, principal: null);
        using var signedIn = await SendAsync(http, principal);

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.OK, signedIn.StatusCode);
        var record = (await app.ChainAsync(OperatorAudit.ChainId)).Single();
        Assert.Equal("carol@contoso.com", record.Actor.Identity);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient http, string? principal)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri("/api/operator/kill-switch", UriKind.Relative))
        {
            Content = JsonContent.Create(new { engaged = true, reason = "maintenance" }),
        };
        if (principal is not null)
        {
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", principal);
        }

        return await http.SendAsync(request);
    }
}
