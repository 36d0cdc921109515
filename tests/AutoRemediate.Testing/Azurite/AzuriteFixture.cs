using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Xunit;

namespace AutoRemediate.Testing.Azurite;

/// <summary>
/// Starts a private, in-memory Azurite on free loopback ports for one test assembly (use it as a collection
/// fixture), and kills it on dispose.
/// </summary>
/// <remarks>Needs <c>node_modules/.bin/azurite</c> under the repository root (run <c>npm ci</c> there).</remarks>
public sealed class AzuriteFixture : IAsyncLifetime, IDisposable
{
    /// <summary>Azurite's well-known development key (not a secret).</summary>
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Azurite's account name.</summary>
    public const string AccountName = "devstoreaccount1";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private readonly StringBuilder _output = new();
    private Process? _process;
    private int _counter;

    /// <summary>The Blob service port.</summary>
    public int BlobPort { get; private set; }

    /// <summary>The Queue service port.</summary>
    public int QueuePort { get; private set; }

    /// <summary>The Table service port.</summary>
    public int TablePort { get; private set; }

    /// <summary>
    /// A connection string with explicit, path-style endpoints for this Azurite's three services (the Durable Task
    /// Framework's storage backend keeps leases and large messages in blobs).
    /// </summary>
    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};";

    /// <summary>A table name no other test uses (letters and digits, as Azure requires).</summary>
    public string NewTableName(string prefix = "t")
    {
        var name = $"{prefix}{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}x{Guid.NewGuid():N}";
        return name.Length > 63 ? name[..63] : name;
    }

    /// <summary>A queue name no other test uses (lowercase, digits and hyphens).</summary>
    public string NewQueueName(string prefix = "q")
    {
        var name = $"{prefix.ToLowerInvariant()}-{Interlocked.Increment(ref _counter).ToString(CultureInfo.InvariantCulture)}-{Guid.NewGuid():N}";
        return (name.Length > 63 ? name[..63] : name).TrimEnd('-');
    }

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var executable = AzuriteExecutable();
        for (var attempt = 1; ; attempt++)
        {
            var (blob, queue, table) = (FreePort(), FreePort(), FreePort());
            _process = Start(executable, blob, queue, table);
            if (await WaitForPortsAsync(blob, queue, table).ConfigureAwait(false))
            {
                (BlobPort, QueuePort, TablePort) = (blob, queue, table);
                return;
            }

            // Another process may have taken a probed port between the probe and Azurite's bind; try fresh ports.
            Kill();
            if (attempt == 3)
            {
                throw new InvalidOperationException($"Azurite did not start listening within {StartTimeout.TotalSeconds} s. Output:\n{Output()}");
            }
        }
    }

    /// <inheritdoc />
    public Task DisposeAsync()
    {
        Kill();
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public void Dispose() => Kill();

    private Process Start(string executable, int blob, int queue, int table)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--inMemoryPersistence", "--silent", "--skipApiVersionCheck", "--loose", "--disableTelemetry",
                     "--blobHost", "127.0.0.1", "--blobPort", Port(blob),
                     "--queueHost", "127.0.0.1", "--queuePort", Port(queue),
                     "--tableHost", "127.0.0.1", "--tablePort", Port(table),
                 })
        {
            info.ArgumentList.Add(argument);
        }

        var process = new Process { StartInfo = info };
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private async Task<bool> WaitForPortsAsync(params int[] ports)
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (_process is { HasExited: true })
            {
                return false;
            }

            // A port that answers may belong to another Azurite that won the bind race; only Azurite's own
            // "listening" lines prove the ports are this process's.
            if (ports.All(port => ListeningOn(port) && Answers(port)))
            {
                return true;
            }

            await Task.Delay(100).ConfigureAwait(false);
        }

        return false;
    }

    private static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private bool ListeningOn(int port) =>
        Output().Contains($"successfully listening at http://127.0.0.1:{Port(port)}", StringComparison.Ordinal);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static string Port(int port) => port.ToString(CultureInfo.InvariantCulture);

    private static string AzuriteExecutable()
    {
        var root = RepositoryRoot.Find();
        var name = OperatingSystem.IsWindows() ? "azurite.cmd" : "azurite";
        var path = Path.Combine(root, "node_modules", ".bin", name);
        return File.Exists(path)
            ? path
            : throw new InvalidOperationException($"Azurite is not installed: {path} is missing. Run `npm ci` in {root} and re-run the tests.");
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }

    private string Output()
    {
        lock (_output)
        {
            return _output.ToString();
        }
    }

    private void Kill()
    {
        var process = Interlocked.Exchange(ref _process, null);
        if (process is null)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
        finally
        {
            process.Dispose();
        }
    }
}
