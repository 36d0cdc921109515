using AutoRemediate.Functions.Roles;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AutoRemediate.Functions.Tests.Operator;

/// <summary>Every operator, toil and dashboard route says which role it needs (an unmarked one would need Admin), and the mapping is the documented one.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class RouteRoleTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Every_operator_toil_and_dashboard_route_declares_its_role()
    {
        await using var app = new RemediationApp(azurite.ConnectionString, Path.Combine(RemediationApp.TestBindings, "dryrun"), settings: OperatorClient.Settings);
        _ = app.Factory.Server;
        var routes = app.Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } path && (path.StartsWith("/api/", StringComparison.Ordinal) || path.StartsWith("/dashboard", StringComparison.Ordinal)))
            .Where(e => e.RoutePattern.RawText is not ("/api/alerts" or "/api/approvals/{token}" or "/api/approvals/{token}/decision"))
            .ToDictionary(e => $"{string.Join(",", e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? [])} {e.RoutePattern.RawText}", e => e.Metadata.GetMetadata<RoleRequirement>()?.Role?.ToString() ?? (e.Metadata.GetMetadata<RoleRequirement>() is null ? "unmarked" : "any"));

        Assert.DoesNotContain("unmarked", routes.Values);
        Assert.Equal("Operator", routes["POST /api/remediations/{id}/cancel"]);
        Assert.Equal("Admin", routes["PUT /api/operator/kill-switch"]);
        Assert.Equal("Admin", routes["POST /api/operator/circuit-breakers/{runbook}/reset"]);
        Assert.Equal("Viewer", routes["GET /api/remediations/{id}/timeline"]);
        Assert.Equal("Operator", routes["POST /dashboard/remediations/{id}/cancel"]);
        Assert.Equal("Admin", routes["POST /dashboard/guardrails/kill-switch"]);
        Assert.All(routes.Where(r => r.Key.StartsWith("GET ", StringComparison.Ordinal) && !r.Key.Contains("/assets/", StringComparison.Ordinal) && r.Key != "GET /dashboard/"), r => Assert.Equal("Viewer", r.Value));
    }
}
