using System.Net.Http.Json;
using System.Text.Json;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// Calls the operator API of a <see cref="RemediationApp"/> as an operator signed in through App Service
/// Authentication (its <c>X-MS-CLIENT-PRINCIPAL</c>, with <see cref="Settings"/> trusting it) holding the app role
/// <paramref name="role"/> (Admin unless a test says otherwise), or as nobody.
/// </summary>
internal sealed class OperatorClient(RemediationApp app, string? @operator = OperatorClient.Operator, string? role = OperatorClient.Role) : IDisposable
{
    public const string Operator = "oncall@example.com";

    /// <summary>The role operators get by default: Admin, which includes Operator and Viewer.</summary>
    public const string Role = "Admin";

    /// <summary>Trust App Service Authentication's principal, as a deployment does.</summary>
    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?> { ["Operator:TrustAppServiceAuthentication"] = "true" };

    private readonly HttpClient http = app.Factory.CreateClient();

    /// <summary>Signs every request of <paramref name="client"/> in as <paramref name="operator"/> with <paramref name="role"/>.</summary>
    public static HttpClient SignIn(HttpClient client, string @operator = Operator, string role = Role)
    {
        ArgumentNullException.ThrowIfNull(client);
        client.DefaultRequestHeaders.Add("X-MS-CLIENT-PRINCIPAL", Principal(@operator, role));
        return client;
    }

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (@operator is not null)
        {
            request.Headers.Add("X-MS-CLIENT-PRINCIPAL", Principal(@operator, role));
        }

        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        return await http.SendAsync(request);
    }

    public async Task<JsonElement> JsonAsync(HttpMethod method, string path, object? body = null, int expectedStatus = 200)
    {
        using var response = await SendAsync(method, path, body);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expectedStatus == (int)response.StatusCode, $"{method} {path}: expected {expectedStatus}, got {(int)response.StatusCode}: {text}");
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>The principal of <paramref name="operator"/> holding <paramref name="role"/> (none when null).</summary>
    public static string Principal(string @operator, string? role = Role) => ApprovalBrowser.Principal(@operator, role is null ? [] : [role]);

    public void Dispose() => http.Dispose();
}
