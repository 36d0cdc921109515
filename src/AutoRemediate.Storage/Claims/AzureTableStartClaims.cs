using AutoRemediate.Core.Alerts;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Claims;

/// <summary>
/// <see cref="IStartClaims"/> as one row per instance id (partition = the id, escaped), inserted if absent; a
/// takeover replaces the row under its ETag, so two callers never both win.
/// </summary>
internal sealed class AzureTableStartClaims(StoreTable table, TimeProvider time) : IStartClaims
{
    private const string RowKey = "claim";
    private const string ClaimedAtColumn = "ClaimedAt";

    public async Task<bool> TryClaimAsync(string instanceId, CancellationToken cancellationToken)
    {
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await table.AddAsync(Row(instanceId), cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StorageConflictException)
        {
            return false;
        }
    }

    public async Task<bool> TryReclaimAsync(string instanceId, TimeSpan olderThan, CancellationToken cancellationToken)
    {
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var stored = await table.GetAsync(TableKeyText.Escape(instanceId), RowKey, cancellationToken).ConfigureAwait(false);
        if (stored is null)
        {
            return await TryClaimAsync(instanceId, cancellationToken).ConfigureAwait(false);
        }

        if (stored.GetDateTimeOffset(ClaimedAtColumn) is { } claimedAt && time.GetUtcNow() - claimedAt < olderThan)
        {
            return false;
        }

        try
        {
            await table.UpdateAsync(Row(instanceId), stored.ETag.ToString(), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StoragePreconditionFailedException)
        {
            return false;
        }
    }

    public Task ReleaseAsync(string instanceId, CancellationToken cancellationToken) =>
        table.DeleteAsync(TableKeyText.Escape(instanceId), RowKey, cancellationToken);

    private TableEntity Row(string instanceId) => new(TableKeyText.Escape(instanceId), RowKey)
    {
        [ClaimedAtColumn] = time.GetUtcNow(),
    };
}
