using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Functions.Runbooks;

/// <summary>
/// Loads the binding catalog while the host starts, so a broken binding file stops start-up with every
/// <c>file:line:col: message</c> instead of surfacing at the first alert.
/// </summary>
/// <remarks>Resolving <see cref="BindingCatalog"/> runs its factory, which throws <see cref="BindingCatalogException"/>.</remarks>
internal sealed class BindingCatalogStartupCheck(BindingCatalog catalog, BindingFolderPath folder, ILogger<BindingCatalogStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.BindingCatalogLoaded(catalog.Bindings.Count, folder.Value, catalog.Version);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
