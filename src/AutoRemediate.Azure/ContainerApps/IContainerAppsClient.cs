using Azure.Core;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.ContainerApps;

/// <summary>Container Apps actions: restart a revision, read and set the minimum replica count.</summary>
public interface IContainerAppsClient
{
    /// <summary>Restarts one revision of the app (<c>POST {app}/revisions/{revision}/restart</c>).</summary>
    Task<AzureActionResult> RestartRevisionAsync(ResourceIdentifier containerApp, string revisionName, CancellationToken cancellationToken = default);

    /// <summary>The app's <c>properties.template.scale.minReplicas</c> (0 when unset).</summary>
    Task<AzureResult<int>> GetMinReplicasAsync(ResourceIdentifier containerApp, CancellationToken cancellationToken = default);

    /// <summary>
    /// Sets <c>template.scale.minReplicas</c>: reads the app and PATCHes its whole template back with the new value
    /// (a partial template would replace the containers), then waits for the operation.
    /// </summary>
    Task<AzureActionResult> SetMinReplicasAsync(ResourceIdentifier containerApp, int minReplicas, CancellationToken cancellationToken = default);
}
