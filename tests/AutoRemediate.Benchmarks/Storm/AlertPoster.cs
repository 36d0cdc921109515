using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// Posts alerts to the app's webhook, either as fast as a bounded number of calls in flight allows, or at a steady
/// rate for a bounded time (open loop: calls are started on schedule, not after the previous one answered).
/// </summary>
internal sealed class AlertPoster(HttpClient client, string webhookKey, StormAlerts alerts, Stopwatch clock)
{
    private static readonly Uri AlertsPath = new("/api/alerts", UriKind.Relative);

    /// <summary>Posts <paramref name="count"/> alerts with at most <paramref name="inFlight"/> calls at once.</summary>
    public async Task<IReadOnlyList<IntakeResult>> BurstAsync(int count, int inFlight)
    {
        var results = new IntakeResult[count];
        var index = -1;
        var workers = Enumerable.Range(0, Math.Min(inFlight, count)).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref index)) < count)
            {
                results[i] = await PostAsync();
            }
        });
        await Task.WhenAll(workers);
        return results;
    }

    /// <summary>
    /// Starts <paramref name="perSecond"/> calls a second for <paramref name="duration"/>, never more than
    /// <paramref name="maxInFlight"/> unanswered (a call due while that many wait is started late).
    /// </summary>
    public async Task<IReadOnlyList<IntakeResult>> SteadyAsync(int perSecond, TimeSpan duration, int maxInFlight)
    {
        var total = (int)(perSecond * duration.TotalSeconds);
        var calls = new List<Task<IntakeResult>>(total);
        using var slots = new SemaphoreSlim(maxInFlight, maxInFlight);
        var start = clock.Elapsed;
        for (var i = 0; i < total; i++)
        {
            var due = start + TimeSpan.FromSeconds(i / (double)perSecond);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait);
            }

            await slots.WaitAsync();
            calls.Add(ReleaseAfter(PostAsync(), slots));
        }

        return await Task.WhenAll(calls);
    }

    private static async Task<IntakeResult> ReleaseAfter(Task<IntakeResult> call, SemaphoreSlim slots)
    {
        try
        {
            return await call;
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task<IntakeResult> PostAsync()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, AlertsPath)
        {
            Content = new StringContent(alerts.Next(), Encoding.UTF8, new MediaTypeHeaderValue("application/json")),
        };
        request.Headers.Add(AppProcess.KeyHeader, webhookKey);
        var sentAt = clock.Elapsed;
        try
        {
            using var response = await client.SendAsync(request);
            return new IntakeResult(sentAt, (clock.Elapsed - sentAt).TotalMilliseconds, (int)response.StatusCode);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return new IntakeResult(sentAt, (clock.Elapsed - sentAt).TotalMilliseconds, 0);
        }
    }
}
