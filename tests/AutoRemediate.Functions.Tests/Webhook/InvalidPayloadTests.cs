using System.Net;
using System.Text.Json;
using AutoRemediate.Core.Alerts;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Webhook;

/// <summary>Malformed and hostile bodies are refused with the normaliser's reason, and nothing is stored.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class InvalidPayloadTests(AzuriteFixture azurite)
{
    public static TheoryData<string> InvalidSamples() =>
        [.. Directory.GetFiles(Path.Combine(WebhookApp.SamplesDirectory, "invalid")).Select(f => Path.GetFileName(f)).Order()];

    [Fact]
    public void Every_invalid_sample_is_covered()
    {
        Assert.Equal(10, InvalidSamples().Count);
    }

    [Theory]
    [MemberData(nameof(InvalidSamples))]
    public async Task Invalid_sample_is_answered_400_with_the_reason_and_nothing_is_stored(string sample)
    {
        await using var app = new WebhookApp(azurite.ConnectionString);
        var body = File.ReadAllBytes(Path.Combine(WebhookApp.SamplesDirectory, "invalid", sample));
        var rejection = Assert.IsType<AlertPayloadRejected>(new AlertNormalizer().Normalize(body));

        var response = await app.PostAlertAsync(body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(rejection.ToString(), problem.RootElement.GetProperty("detail").GetString());
        Assert.Equal(rejection.Pointer, problem.RootElement.GetProperty("pointer").GetString());
        Assert.Empty(await app.InstancesAsync());
    }
}
