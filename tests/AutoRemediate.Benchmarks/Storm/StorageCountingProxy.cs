using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Logging;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// A reverse proxy on loopback in front of Azurite's blob, queue and table ports: forwards every request unchanged
/// (bodies streamed, connections kept alive both ways) and counts it by <see cref="StorageRequestKind"/>, so the
/// storage traffic of whatever engine the app runs is seen from outside the app.
/// </summary>
/// <remarks>
/// Only entity-group transactions (<c>$batch</c>) are buffered, to read the table they write; they are limited to
/// 4 MiB by the service. Shared Key signatures survive forwarding: they cover the path, query and x-ms headers,
/// never the host and port.
/// </remarks>
internal sealed class StorageCountingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> HopByHop = new(StringComparer.OrdinalIgnoreCase)
    {
        "Connection", "Keep-Alive", "Transfer-Encoding", "TE", "Trailer", "Upgrade", "Proxy-Connection", "Proxy-Authorization", "Host",
    };

    private readonly WebApplication app;
    private readonly HttpMessageInvoker upstream;
    private readonly Dictionary<int, (StorageService Service, int UpstreamPort)> routes;
    private long forwardFailures;

    private StorageCountingProxy(WebApplication app, HttpMessageInvoker upstream, Dictionary<int, (StorageService, int)> routes)
    {
        this.app = app;
        this.upstream = upstream;
        this.routes = routes;
    }

    public RequestCounts Counts { get; } = new();

    public int BlobPort => PortOf(StorageService.Blob);

    public int QueuePort => PortOf(StorageService.Queue);

    public int TablePort => PortOf(StorageService.Table);

    /// <summary>Requests the proxy could not forward (connection refused, reset); they are counted as kinds too.</summary>
    public long ForwardFailures => Interlocked.Read(ref forwardFailures);

    public static async Task<StorageCountingProxy> StartAsync(int blobPort, int queuePort, int tablePort)
    {
        var routes = new Dictionary<int, (StorageService, int)>
        {
            [FreePort()] = (StorageService.Blob, blobPort),
            [FreePort()] = (StorageService.Queue, queuePort),
            [FreePort()] = (StorageService.Table, tablePort),
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Limits.MinRequestBodyDataRate = null;
            kestrel.Limits.MinResponseDataRate = null;
            foreach (var port in routes.Keys)
            {
                kestrel.Listen(IPAddress.Loopback, port, listen => listen.Protocols = HttpProtocols.Http1);
            }
        });
        var handler = new SocketsHttpHandler
        {
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            MaxConnectionsPerServer = 512,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(1),
        };
        var proxy = new StorageCountingProxy(builder.Build(), new HttpMessageInvoker(handler), routes);
        proxy.app.Run(proxy.ForwardAsync);
        await proxy.app.StartAsync();
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
        upstream.Dispose();
    }

    private int PortOf(StorageService service) => routes.First(r => r.Value.Service == service).Key;

    private async Task ForwardAsync(HttpContext context)
    {
        var (service, upstreamPort) = routes[context.Connection.LocalPort];
        var request = context.Request;
        var batchBody = await ReadBatchBodyAsync(request, context.RequestAborted);
        var kind = StorageRequestKind.Classify(service, request.Method, request.Path, request.Query, request.Headers, batchBody is null ? null : Encoding.UTF8.GetString(batchBody));

        // The raw target, not the decoded path: the signature was computed over the path as the client encoded it.
        var target = context.Features.Get<IHttpRequestFeature>()!.RawTarget;
        using var message = new HttpRequestMessage(new HttpMethod(request.Method), $"http://127.0.0.1:{upstreamPort}{target}")
        {
            Version = HttpVersion.Version11,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = batchBody is not null ? new ByteArrayContent(batchBody)
                : HasBody(request) ? new StreamContent(request.Body)
                : null,
        };
        foreach (var (name, values) in request.Headers)
        {
            if (HopByHop.Contains(name) || (name.Equals("Content-Length", StringComparison.OrdinalIgnoreCase) && message.Content is null))
            {
                continue;
            }

            if (!message.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values))
            {
                // A content header (Content-Type, Content-MD5…) on a request without a body is still signed: keep it.
                message.Content ??= new ByteArrayContent([]);
                message.Content.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
            }
        }

        var started = Stopwatch.GetTimestamp();
        HttpResponseMessage response;
        try
        {
            response = await upstream.SendAsync(message, context.RequestAborted);
        }
        catch (HttpRequestException)
        {
            Interlocked.Increment(ref forwardFailures);
            Counts.Add(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            return;
        }

        using (response)
        {
            context.Response.StatusCode = (int)response.StatusCode;
            foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
            {
                if (!HopByHop.Contains(name))
                {
                    context.Response.Headers[name] = values.ToArray();
                }
            }

            try
            {
                if (!HttpMethods.IsHead(request.Method))
                {
                    await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
                }
            }
            finally
            {
                Counts.Add(kind, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }
    }

    private static bool HasBody(HttpRequest request) =>
        request.ContentLength > 0 || request.Headers.TransferEncoding.ToString().Contains("chunked", StringComparison.OrdinalIgnoreCase);

    private static async Task<byte[]?> ReadBatchBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!HttpMethods.IsPost(request.Method) || !(request.Path.Value ?? string.Empty).EndsWith("/$batch", StringComparison.Ordinal))
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
