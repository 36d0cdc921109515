using AutoRemediate.Functions.Functions;

namespace AutoRemediate.Functions.Tests.Deployment;

/// <summary>The HTTP functions come from the routes the app maps, so a new endpoint needs no hand-kept list.</summary>
public sealed class FunctionManifestTests
{
    [Fact]
    public void Discovered_http_functions_include_health_webhook_operator_and_approval_routes()
    {
        var routes = FunctionManifest.DiscoverHttpFunctions().ToDictionary(f => f.Route, f => f.Methods);

        Assert.Equal(["get"], routes["healthz"]);
        Assert.Equal(["options", "post"], routes["api/alerts"]);
        Assert.Equal(["get", "put"], routes["api/operator/kill-switch"]);
        Assert.Contains("api/remediations/{id}/timeline", routes.Keys);
        Assert.Contains("api/approvals/{token}/decision", routes.Keys);
        Assert.DoesNotContain(FunctionCatalog.InstancePurge.Name, routes.Keys);
    }

    [Theory]
    [InlineData("healthz", "Healthz")]
    [InlineData("api/remediations/{id}/timeline", "ApiRemediationsByIdTimeline")]
    [InlineData("api/operator/circuit-breakers/{runbook}/reset", "ApiOperatorCircuitBreakersByRunbookReset")]
    [InlineData("api/things/{id:guid}/{*rest}", "ApiThingsByIdByRest")]
    public void Function_names_derive_from_routes(string route, string expected)
    {
        Assert.Equal(expected, FunctionManifest.NameOf(route));
    }

    [Fact]
    public void Writing_the_manifest_creates_a_function_json_per_function()
    {
        var folder = Directory.CreateTempSubdirectory().FullName;
        var http = FunctionManifest.DiscoverHttpFunctions();

        var written = FunctionManifest.Write(folder, http);

        Assert.Equal(http.Count + FunctionCatalog.All.Count, written.Count);
        Assert.All(written, name => Assert.True(File.Exists(Path.Combine(folder, name, "function.json")), name));
        Assert.Contains("\"schedule\": \"0 15 * * * *\"", File.ReadAllText(Path.Combine(folder, "InstancePurge", "function.json")), StringComparison.Ordinal);
    }
}
