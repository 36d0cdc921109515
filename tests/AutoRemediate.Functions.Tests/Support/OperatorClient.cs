using System.Net.Http.Json;
using System.Text.Json;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>Calls the operator API of a <see cref="RemediationApp"/> with the webhook key (or none).</summary>
internal sealed class OperatorClient(RemediationApp app, string? key = WebhookApp.Key) : IDisposable
{
    public const string Operator = "oncall@example.com";

    public static readonly IReadOnlyDictionary<string, string?> Settings = new Dictionary<string, string?> { ["Operator:LocalIdentity"] = Operator };

    private readonly HttpClient http = app.Factory.CreateClient();

    public async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, object? body = null)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative));
        if (key is not null)
        {
            request.Headers.Add("x-functions-key", key);
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

    public void Dispose() => http.Dispose();
}
