using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// A local stand-in for the Teams Workflows webhook and the paging webhook: HTTP on 127.0.0.1 on a random port,
/// recording every JSON body posted and answering 202 (or the statuses a test scripts, e.g. 429 then 503).
/// </summary>
internal sealed class FakeTeamsServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<RecordedPost> _posts = new();
    private readonly ConcurrentQueue<int> _scripted = new();

    private FakeTeamsServer(WebApplication app) => _app = app;

    public Uri BaseAddress { get; private set; } = null!;

    /// <summary>Looks like a Workflows URL: the query carries the signature that must never be logged.</summary>
    public Uri TeamsUrl => new(BaseAddress, "/workflows/teams/triggers/manual/invoke?api-version=1&sig=FAKE-SECRET-SIGNATURE");

    public Uri PagingUrl => new(BaseAddress, "/paging/events?token=FAKE-PAGING-SECRET");

    public IReadOnlyList<RecordedPost> Posts => [.. _posts];

    public IReadOnlyList<RecordedPost> TeamsPosts => [.. _posts.Where(p => p.Path.StartsWith("/workflows", StringComparison.Ordinal))];

    public static async Task<FakeTeamsServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var server = new FakeTeamsServer(app);
        app.MapPost("/{**path}", server.ReceiveAsync);
        await app.StartAsync();
        server.BaseAddress = new Uri(app.Urls.Single());
        return server;
    }

    /// <summary>The next posts are answered with these statuses, in order; then 202 again.</summary>
    public void Answer(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _scripted.Enqueue(status);
        }
    }

    /// <summary>Waits for a Teams post whose JSON contains every one of <paramref name="texts"/>.</summary>
    public async Task<RecordedPost> WaitForTeamsPostAsync(params string[] texts)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (true)
        {
            var match = TeamsPosts.FirstOrDefault(p => texts.All(t => p.Json.Contains(t, StringComparison.Ordinal)));
            if (match is not null)
            {
                return match;
            }

            await Task.Delay(50, deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task<IResult> ReceiveAsync(HttpRequest request)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        _posts.Enqueue(new RecordedPost(request.Path + request.QueryString, body, JsonNode.Parse(body)!));
        if (_scripted.TryDequeue(out var status))
        {
            request.HttpContext.Response.Headers.RetryAfter = "0";
            return Results.StatusCode(status);
        }

        return Results.Accepted();
    }
}
