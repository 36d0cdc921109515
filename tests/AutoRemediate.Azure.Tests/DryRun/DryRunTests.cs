using Azure.Core;
using AutoRemediate.Azure.DryRun;
using AutoRemediate.Azure.Requests;
using AutoRemediate.Azure.Tests.Support;
using AutoRemediate.AzureFakes.Server;

namespace AutoRemediate.Azure.Tests.DryRun;

public sealed class DryRunTests
{
    [Fact]
    public async Task Dry_run_plans_exactly_the_requests_a_live_run_sends()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var targets = Seed(azure);
        var session = azure.DryRun.Begin();

        var planned = await RunAsync(new Clients(session), targets);
        Assert.Empty(azure.Changes());
        var live = await RunAsync(new Clients(azure), targets);

        Assert.All(planned, result => Assert.True(result.DryRun));
        Assert.All(live, result => Assert.False(result.DryRun));
        Assert.Equal(5, session.PlannedRequests.Count);
        Assert.Equal(session.PlannedRequests.Select(r => Describe(r)), azure.Changes().Select(r => Describe(r)));
    }

    [Fact]
    public async Task Dry_run_results_are_marked_and_change_nothing()
    {
        await using var azure = await AzureTestBed.StartAsync();
        var site = azure.State.AddWebApp("shop");
        var session = azure.DryRun.Begin();

        var result = await session.AppService.RestartAsync(new ResourceIdentifier(site));

        Assert.True(result.DryRun);
        Assert.Equal(AzureRequestIds.None, result.RequestIds);
        Assert.Equal($"POST {azure.Server.BaseUri.AbsoluteUri.TrimEnd('/')}{site}/restart?api-version=2023-12-01", session.PlannedRequests.Single().ToString());
        Assert.Equal(0, azure.State.RestartCount(site));
        Assert.Empty(azure.Server.Requests);
    }

    private static Targets Seed(AzureTestBed azure)
    {
        azure.State.AddCertificate("tls-web", azure.Clock.GetUtcNow().AddDays(5));
        return new Targets(
            new ResourceIdentifier(azure.State.AddWebApp("shop")), new ResourceIdentifier(azure.State.AddScaleSet("web", 3)),
            new ResourceIdentifier(azure.State.AddContainerApp("orders", 1)), new ResourceIdentifier(azure.State.AddAppServicePlan("plan1", 2)), azure.Vault);
    }

    private static async Task<IReadOnlyList<AzureActionResult>> RunAsync(Clients clients, Targets targets) =>
    [
        await clients.AppService.RestartAsync(targets.Site),
        await clients.Compute.RestartInstancesAsync(targets.ScaleSet, ["0", "2"]),
        await clients.ContainerApps.SetMinReplicasAsync(targets.App, 2),
        await clients.AppService.SetWorkerCountAsync(targets.Plan, 3),
        await clients.Certificates.BeginNewVersionAsync(targets.Vault, "tls-web"),
    ];

    private static string Describe(ArmRequest request) => $"{request.Method} {request.Uri.PathAndQuery} {request.Body}";

    private static string Describe(RecordedRequest request) => $"{request.Method} {request.Target} {request.Body}";

    private sealed record Targets(ResourceIdentifier Site, ResourceIdentifier ScaleSet, ResourceIdentifier App, ResourceIdentifier Plan, Uri Vault);

    /// <summary>The mutating ports, from DI (live) or from a dry-run session.</summary>
    private sealed record Clients(
        AutoRemediate.Azure.AppService.IAppServiceClient AppService,
        AutoRemediate.Azure.Compute.IComputeClient Compute,
        AutoRemediate.Azure.ContainerApps.IContainerAppsClient ContainerApps,
        AutoRemediate.Azure.KeyVault.IKeyVaultCertificateClient Certificates)
    {
        public Clients(AzureTestBed azure)
            : this(azure.AppService, azure.Compute, azure.ContainerApps, azure.Certificates)
        {
        }

        public Clients(AzureDryRunSession session)
            : this(session.AppService, session.Compute, session.ContainerApps, session.Certificates)
        {
        }
    }
}
