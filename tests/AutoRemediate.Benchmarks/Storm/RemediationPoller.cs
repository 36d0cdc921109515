using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// Reads remediations through the operator API (<c>GET /api/remediations</c>, 200 a page). To keep its own storage
/// requests few, it counts whichever side is smaller: the ended ones while fewer than half have ended, the
/// unfinished ones after. It always passes <c>from</c>, so its instance scans carry a creation-time filter.
/// </summary>
internal sealed class RemediationPoller(HttpClient client, string webhookKey, DateTimeOffset createdFrom)
{
    public const string Ended = "Completed,Failed,Terminated";
    public const string Unfinished = "Pending,Running";
    private const int PageSize = 200;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Pages read so far (each is one call of the operator API).</summary>
    public int Pages { get; private set; }

    /// <summary>How many of <paramref name="started"/> remediations have ended, given the last count.</summary>
    public async Task<int> CountEndedAsync(int started, int lastEnded)
    {
        if (lastEnded < started / 2)
        {
            return (await ListAsync(Ended)).Count;
        }

        return started - (await ListAsync(Unfinished)).Count;
    }

    public async Task<IReadOnlyList<RemediationRow>> ListAsync(string statuses)
    {
        var rows = new List<RemediationRow>();
        string? token = null;
        do
        {
            var from = Uri.EscapeDataString(createdFrom.ToString("O", CultureInfo.InvariantCulture));
            var uri = $"/api/remediations?status={statuses}&from={from}&pageSize={PageSize}"
                + (token is null ? string.Empty : "&continuationToken=" + Uri.EscapeDataString(token));
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(uri, UriKind.Relative));
            request.Headers.Add(AppProcess.KeyHeader, webhookKey);
            using var response = await client.SendAsync(request);
            response.EnsureSuccessStatusCode();
            var page = await response.Content.ReadFromJsonAsync<Page>(Json) ?? throw new InvalidOperationException("The operator API answered an empty page.");
            Pages++;
            rows.AddRange(page.Items);
            token = page.ContinuationToken;
        }
        while (token is not null);

        return rows;
    }

    private sealed record Page(IReadOnlyList<RemediationRow> Items, string? ContinuationToken);
}
