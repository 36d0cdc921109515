using System.Net;
using System.Text;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using AutoRemediate.Functions.SelfCheck;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests;

/// <summary>The app driven the way the Azure Functions host drives a custom handler.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class CustomHandlerTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Queue_invocations_run_an_orchestration_to_completion()
    {
        await using var app = AppFactory.CustomHandler(azurite);
        var host = new FunctionsHostEmulator(app);
        var id = await SelfCheckDriver.StartAsync(app.Client);

        await host.PumpUntilAsync(() => SelfCheckDriver.AdvanceAsync(app.Client, id), TimeSpan.FromSeconds(60));

        var final = await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final!.RuntimeStatus);
        Assert.Equal("engine healthy", final.ReadOutputAs<SelfCheckResult>()!.Verdict);
        Assert.NotEmpty(host.Responses);
        Assert.All(host.Responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    [Fact]
    public async Task Queue_invocation_answers_in_the_custom_handler_response_shape()
    {
        await using var app = AppFactory.CustomHandler(azurite);
        var host = new FunctionsHostEmulator(app);
        var id = await SelfCheckDriver.StartAsync(app.Client);

        await host.PumpUntilAsync(async () => host.Responses.Count > 0, TimeSpan.FromSeconds(30));

        using var body = JsonDocument.Parse(await host.Responses[0].Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal("work item processed", body.RootElement.GetProperty("Logs")[0].GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("ReturnValue").ValueKind);
        Assert.NotNull(await app.Client.GetInstanceAsync(id));
    }

    [Theory]
    [InlineData("LeaseSweep", "re-dispatched 0 instances")]
    [InlineData("InstancePurge", "purged 0 instances")]
    public async Task Timer_invocations_run_their_job_and_answer_with_its_log(string function, string expectedLog)
    {
        await using var app = AppFactory.CustomHandler(azurite);

        var response = await new FunctionsHostEmulator(app).InvokeAsync(function, FunctionsHostEmulator.TimerInvocation(function));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(expectedLog, body.RootElement.GetProperty("Logs")[0].GetString());
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"Data\": {}, \"Metadata\": {}}")]
    [InlineData("")]
    public async Task Malformed_queue_invocation_is_rejected_with_problem_details(string payload)
    {
        await using var app = AppFactory.CustomHandler(azurite);
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");

        var response = await app.CreateClient().PostAsync(new Uri("/DurableWork", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Proxied_http_requests_reach_the_same_routes_as_self_hosted()
    {
        // enableProxyingHttpRequest forwards the original method, path (routePrefix is empty), headers and body.
        await using var app = AppFactory.CustomHandler(azurite);
        var http = app.CreateClient();

        var health = await http.GetAsync(new Uri("/healthz", UriKind.Relative));
        var unauthenticated = await http.GetAsync(new Uri("/api/remediations", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal("CustomHandler", JsonDocument.Parse(await health.Content.ReadAsStringAsync()).RootElement.GetProperty("mode").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Equal("application/problem+json", unauthenticated.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Self_hosted_app_does_not_expose_invocation_routes()
    {
        await using var app = AppFactory.SelfHosted(azurite);

        var response = await new FunctionsHostEmulator(app).InvokeAsync("LeaseSweep", FunctionsHostEmulator.TimerInvocation("LeaseSweep"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
