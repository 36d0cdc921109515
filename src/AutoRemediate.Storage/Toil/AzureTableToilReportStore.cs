using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// <see cref="IToilReportStore"/> on one table: a report row per window (replaced on re-run, its JSON split across
/// columns if long) with headline columns for listing, and a claim row per window whose ETag serialises the hosts
/// that race for it: inserting or ETag-replacing the claim is the only way to win, and exactly one writer can.
/// </summary>
internal sealed class AzureTableToilReportStore(StoreTable table) : IToilReportStore
{
    private const string Running = "running";
    private const string Done = "done";
    private static readonly IReadOnlyList<string> HeadlineColumns =
        ["Kind", "From", "To", "GeneratedAt", "Occurrences", "HoursAvoided", "HoursRemaining", "OccurrenceCoverage"];

    public async Task SaveAsync(ToilReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var headline = ToilReportHeadline.Of(report);
        var entity = new TableEntity(ToilTableKeys.ReportPartition, headline.WindowId)
        {
            ["Kind"] = headline.Kind.ToString(),
            ["From"] = headline.From,
            ["To"] = headline.To,
            ["GeneratedAt"] = headline.GeneratedAt,
            ["Occurrences"] = headline.Occurrences,
            ["HoursAvoided"] = headline.HoursAvoided,
            ["HoursRemaining"] = headline.HoursRemaining,
            ["OccurrenceCoverage"] = headline.OccurrenceCoverage,
        };
        PayloadColumns.Write(entity, "Report", ToilReportJson.Serialize(report));
        // Replace, not merge: a shorter report must not keep the old one's trailing payload columns.
        await table.UpsertAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ToilReport?> GetAsync(string windowId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(windowId);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var entity = await table.GetAsync(ToilTableKeys.ReportPartition, windowId, cancellationToken).ConfigureAwait(false);
        return entity is null || PayloadColumns.Read(entity, "Report") is not { } json ? null : ToilReportJson.Deserialize(json);
    }

    public async Task<IReadOnlyList<ToilReportHeadline>> ListAsync(CancellationToken cancellationToken)
    {
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {ToilTableKeys.ReportPartition}");
        var headlines = new List<ToilReportHeadline>();
        await foreach (var e in table.QueryAsync(filter, HeadlineColumns, cancellationToken).ConfigureAwait(false))
        {
            headlines.Add(new ToilReportHeadline(
                e.RowKey,
                Enum.Parse<ToilWindowKind>(e.ReadString("Kind") ?? nameof(ToilWindowKind.Day)),
                e.ReadDateTimeOffset("From") ?? default,
                e.ReadDateTimeOffset("To") ?? default,
                e.ReadDateTimeOffset("GeneratedAt") ?? default,
                e.ReadInt32("Occurrences") ?? 0,
                e.ReadDouble("HoursAvoided") ?? 0,
                e.ReadDouble("HoursRemaining") ?? 0,
                e.ReadDouble("OccurrenceCoverage")));
        }

        return [.. headlines.OrderByDescending(h => h.From).ThenBy(h => h.Kind)];
    }

    public async Task<ToilWindowClaim?> TryClaimAsync(
        string windowId, string owner, DateTimeOffset now, TimeSpan duration, bool rerun, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(windowId);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await table.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var expiresAt = now + duration;
        var claim = Claim(windowId, owner, Running, expiresAt);
        var stored = await table.GetAsync(ToilTableKeys.ClaimPartition, windowId, cancellationToken).ConfigureAwait(false);
        try
        {
            if (stored is null)
            {
                return new ToilWindowClaim(windowId, owner, expiresAt, await table.AddAsync(claim, cancellationToken).ConfigureAwait(false));
            }

            var state = stored.ReadString("State");
            var live = state == Running && stored.ReadDateTimeOffset("ExpiresAt") > now;
            if (live || (state == Done && !rerun))
            {
                return null;
            }

            var etag = await table.UpdateAsync(claim, stored.ETag.ToString(), TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return new ToilWindowClaim(windowId, owner, expiresAt, etag);
        }
        catch (Exception exception) when (exception is StorageConflictException or StoragePreconditionFailedException)
        {
            // Another host inserted or replaced the claim between our read and write: it won.
            return null;
        }
    }

    public async Task<bool> CompleteAsync(ToilWindowClaim claim, DateTimeOffset now, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(claim);
        var done = Claim(claim.WindowId, claim.Owner, Done, claim.ExpiresAt);
        done["CompletedAt"] = now;
        try
        {
            await table.UpdateAsync(done, claim.Version, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (StoragePreconditionFailedException)
        {
            return false;
        }
    }

    private static TableEntity Claim(string windowId, string owner, string state, DateTimeOffset expiresAt) =>
        new(ToilTableKeys.ClaimPartition, windowId) { ["Owner"] = owner, ["State"] = state, ["ExpiresAt"] = expiresAt };
}
