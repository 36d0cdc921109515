using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Durable;
using AutoRemediate.Storage.Errors;
using AutoRemediate.Storage.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>
/// <see cref="IToilReportStore"/> on one table: a report row per window (replaced on re-run, its JSON split across
/// columns if long) with headline columns for listing, and a claim row per window whose ETag serialises the hosts
/// that race for it: inserting or ETag-replacing the claim is the only way to win, and exactly one writer can.
/// </summary>
internal sealed class AzureTableToilReportStore : IToilReportStore
{
    private const string Running = "running";
    private const string Done = "done";
    private static readonly IReadOnlyList<string> HeadlineColumns =
        ["Kind", "From", "To", "GeneratedAt", "Occurrences", "HoursAvoided", "HoursRemaining", "OccurrenceCoverage"];

    private readonly TableClient _table;
    private readonly CreateOnce _created;

    public AzureTableToilReportStore(TableClient table)
    {
        _table = table;
        _created = new CreateOnce(async ct => await table.CreateIfNotExistsAsync(ct).ConfigureAwait(false));
    }

    public async Task SaveAsync(ToilReport report, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(report);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
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
        await _table.UpsertEntityAsync(entity, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ToilReport?> GetAsync(string windowId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(windowId);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var entity = await _table.GetEntityAsync(ToilTableKeys.ReportPartition, windowId, cancellationToken).ConfigureAwait(false);
        return entity is null || PayloadColumns.Read(entity, "Report") is not { } json ? null : ToilReportJson.Deserialize(json);
    }

    public async Task<IReadOnlyList<ToilReportHeadline>> ListAsync(CancellationToken cancellationToken)
    {
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var query = new TableQuery(TableFilter.Create($"PartitionKey eq {ToilTableKeys.ReportPartition}"), HeadlineColumns);
        var headlines = new List<ToilReportHeadline>();
        await foreach (var e in _table.QueryAsync(query, cancellationToken).ConfigureAwait(false))
        {
            headlines.Add(new ToilReportHeadline(
                e.RowKey,
                Enum.Parse<ToilWindowKind>(e.GetString("Kind") ?? nameof(ToilWindowKind.Day)),
                e.GetDateTimeOffset("From") ?? default,
                e.GetDateTimeOffset("To") ?? default,
                e.GetDateTimeOffset("GeneratedAt") ?? default,
                e.GetInt32("Occurrences") ?? 0,
                e.GetDouble("HoursAvoided") ?? 0,
                e.GetDouble("HoursRemaining") ?? 0,
                e.GetDouble("OccurrenceCoverage")));
        }

        return [.. headlines.OrderByDescending(h => h.From).ThenBy(h => h.Kind)];
    }

    public async Task<ToilWindowClaim?> TryClaimAsync(
        string windowId, string owner, DateTimeOffset now, TimeSpan duration, bool rerun, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(windowId);
        ArgumentException.ThrowIfNullOrEmpty(owner);
        await _created.EnsureAsync(cancellationToken).ConfigureAwait(false);
        var expiresAt = now + duration;
        var claim = Claim(windowId, owner, Running, expiresAt);
        var stored = await _table.GetEntityAsync(ToilTableKeys.ClaimPartition, windowId, cancellationToken).ConfigureAwait(false);
        try
        {
            if (stored is null)
            {
                return new ToilWindowClaim(windowId, owner, expiresAt, await _table.AddEntityAsync(claim, cancellationToken).ConfigureAwait(false));
            }

            var state = stored.GetString("State");
            var live = state == Running && stored.GetDateTimeOffset("ExpiresAt") > now;
            if (live || (state == Done && !rerun))
            {
                return null;
            }

            var etag = await _table.UpdateEntityAsync(claim, stored.ETag!, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
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
            await _table.UpdateEntityAsync(done, claim.Version, TableUpdateMode.Replace, cancellationToken).ConfigureAwait(false);
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
