using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using AutoRemediate.Testing;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// The app as operators run it in self-hosted mode (as scripts/run.sh does): the built
/// <c>AutoRemediate.Functions.dll</c> in its own process, settings in environment variables, listening on loopback.
/// Its output goes to a log file, so a storm's logging costs the app what it would cost in production.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    public const string KeyHeader = "x-functions-key";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly StreamWriter log;
    private bool logClosed;

    private AppProcess(Process process, StreamWriter log, Uri baseAddress, string webhookKey, string logPath)
    {
        this.process = process;
        this.log = log;
        BaseAddress = baseAddress;
        WebhookKey = webhookKey;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    /// <summary>The webhook key the app was given the SHA-256 of (made for this run; never printed).</summary>
    public string WebhookKey { get; }

    public string LogPath { get; }

    public static string AppDll() =>
        Path.Combine(RepositoryRoot.Find(), "src", "AutoRemediate.Functions", "bin", "Release", "net10.0", "AutoRemediate.Functions.dll");

    public static async Task<AppProcess> StartAsync(string storageConnectionString, string runbooksPath, string workDirectory)
    {
        var dll = AppDll();
        if (!File.Exists(dll))
        {
            throw new InvalidOperationException($"The app is not built: {dll} is missing. Run `dotnet build AutoRemediate.sln -c Release` first.");
        }

        var port = FreePort();
        var baseAddress = new Uri($"http://127.0.0.1:{port}");
        var key = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        info.ArgumentList.Add(dll);
        var environment = info.Environment;
        environment["ASPNETCORE_URLS"] = baseAddress.ToString().TrimEnd('/');
        environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        environment["DOTNET_ENVIRONMENT"] = "Development";
        environment["AzureWebJobsStorage"] = storageConnectionString;
        environment["Azure__Enabled"] = "false";
        environment["Runbooks__Path"] = runbooksPath;
        // A throwaway audit key: the benchmark's chains live in its own Azurite and are never verified later.
        environment["Audit__ActiveKeyId"] = "bench";
        environment["Audit__Keys__bench"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        environment["Webhook__KeyHashes__0"] = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
        // The operator API takes the webhook key today; a local operator identity keeps the benchmark working where
        // it asks for one instead.
        environment["Operator__LocalIdentity"] = "storm-bench@local";
        environment["Operator__LocalRoles"] = "Viewer";
        environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        environment["DOTNET_NOLOGO"] = "1";

        var logPath = Path.Combine(workDirectory, "app.log");
        var log = new StreamWriter(logPath, append: false) { AutoFlush = false };
        var process = new Process { StartInfo = info };
        var app = new AppProcess(process, log, baseAddress, key, logPath);
        process.OutputDataReceived += (_, e) => app.Write(e.Data);
        process.ErrorDataReceived += (_, e) => app.Write(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitHealthyAsync();
        return app;
    }

    /// <summary>Seconds of CPU the app has used so far (all cores).</summary>
    public double CpuSeconds()
    {
        process.Refresh();
        return process.TotalProcessorTime.TotalSeconds;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Exited between the check and the kill.
        }
        finally
        {
            process.Dispose();
            lock (log)
            {
                logClosed = true;
                log.Dispose();
            }
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < StartTimeout)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} while starting; see {LogPath}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException)
            {
                // Slow to answer while starting.
            }

            await Task.Delay(250);
        }

        throw new InvalidOperationException($"The app did not become healthy within {StartTimeout.TotalSeconds} s; see {LogPath}.");
    }

    private void Write(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            if (!logClosed)
            {
                log.WriteLine(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
