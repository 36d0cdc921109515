using Microsoft.AspNetCore.Hosting;
using System.Net;
using System.Text.Json;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests;

[Collection(AzuriteCollection.Name)]
public sealed class HealthTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Healthz_answers_without_credentials_and_reports_mode_and_storage()
    {
        await using var app = AppFactory.SelfHosted(azurite);

        var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
        Assert.Equal("SelfHosted", body.RootElement.GetProperty("mode").GetString());
        Assert.StartsWith("reachable", body.RootElement.GetProperty("storage").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_finds_the_work_queue_of_a_mixed_case_task_hub()
    {
        // Queue names are lower case; the probe must ask for the queue the engine really uses.
        await using var app = AppFactory.SelfHosted(azurite);
        using var mixedCase = app.WithWebHostBuilder(builder => builder.UseSetting("Durable:TaskHub", "Mixed" + app.TaskHub));

        var response = await mixedCase.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("healthy", body.RootElement.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Healthz_answers_503_when_storage_is_unreachable()
    {
        // A port nothing listens on: the probe must report the outage, not hang or throw.
        var closed = azurite.ConnectionString.Replace($":{azurite.QueuePort}/", ":1/", StringComparison.Ordinal);
        await using var app = new AppFactory(closed);

        var response = await app.CreateClient().GetAsync(new Uri("/healthz", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unhealthy", body.RootElement.GetProperty("status").GetString());
    }
}
