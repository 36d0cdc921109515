using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace AutoRemediate.Storage.Tests.Infrastructure;

/// <summary>A loopback HTTP server that answers requests with a scripted sequence of statuses (the last repeats).</summary>
internal sealed class ScriptedHttpServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _script;
    private readonly Task _loop;

    public ScriptedHttpServer(params int[] statuses)
    {
        _script = new ConcurrentQueue<int>(statuses);
        Last = statuses[^1];
        Port = FreePort();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public ConcurrentQueue<(string Method, string Path, string? Authorization)> Requests { get; } = new();

    private int Last { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=a2V5a2V5a2V5a2V5;TableEndpoint=http://127.0.0.1:{Port}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{Port}/devstoreaccount1";

    public void Dispose()
    {
        _listener.Close();
        _loop.Wait(TimeSpan.FromSeconds(2));
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            Requests.Enqueue((context.Request.HttpMethod, context.Request.Url!.AbsolutePath, context.Request.Headers["Authorization"]));
            var status = _script.TryDequeue(out var next) ? next : Last;
            context.Response.StatusCode = status;
            context.Response.Headers["x-ms-request-id"] = Guid.NewGuid().ToString();
            if (status == 503)
            {
                context.Response.Headers["x-ms-error-code"] = "ServerBusy";
            }

            context.Response.Close();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
