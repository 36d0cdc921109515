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
    public async Task Custom_handler_mode_runs_orchestrations_on_its_own_worker_without_invocations()
    {
        await using var app = AppFactory.CustomHandler(azurite);
        var id = await SelfCheckDriver.StartAsync(app.Client);

        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        while (!await SelfCheckDriver.AdvanceAsync(app.Client, id))
        {
            await Task.Delay(100, deadline.Token);
        }

        var final = await app.Client.GetInstanceAsync(id, getInputsAndOutputs: true);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final!.RuntimeStatus);
        Assert.Equal("engine healthy", final.ReadOutputAs<SelfCheckResult>()!.Verdict);
    }

    [Fact]
    public async Task Timer_invocation_answers_in_the_custom_handler_response_shape()
    {
        await using var app = AppFactory.CustomHandler(azurite);

        var response = await new FunctionsHostEmulator(app).InvokeAsync("InstancePurge", FunctionsHostEmulator.TimerInvocation("InstancePurge"));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(JsonValueKind.Object, body.RootElement.GetProperty("Outputs").ValueKind);
        Assert.Equal("purged 0 instances", body.RootElement.GetProperty("Logs")[0].GetString());
        Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("ReturnValue").ValueKind);
    }

    [Theory]
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
    [InlineData("")]
    public async Task Malformed_invocation_is_rejected_with_problem_details(string payload)
    {
        await using var app = AppFactory.CustomHandler(azurite);
        using var content = new StringContent(payload, Encoding.UTF8, "application/json");

        var response = await app.CreateClient().PostAsync(new Uri("/InstancePurge", UriKind.Relative), content);

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

        var response = await new FunctionsHostEmulator(app).InvokeAsync("InstancePurge", FunctionsHostEmulator.TimerInvocation("InstancePurge"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
