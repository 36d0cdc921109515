using System.Diagnostics;

namespace AutoRemediate.IntegrationTests.Support;

/// <summary>
/// A durable test host running as a separate OS process, so a test can SIGKILL it mid-work the way a machine
/// loses a worker, and start another in its place.
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly List<string> _output = [];

    private HostProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => OnLine(e.Data);
        _process.ErrorDataReceived += (_, e) => OnLine(e.Data);
    }

    public int ProcessId => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings, TimeSpan readyTimeout)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TestHostAssembly());
        foreach (var (key, value) in settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        var host = new HostProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        host._process.Start();
        host._process.BeginOutputReadLine();
        host._process.BeginErrorReadLine();
        var exited = host._process.WaitForExitAsync();
        var first = await Task.WhenAny(host._ready.Task, exited, Task.Delay(readyTimeout));
        if (first != host._ready.Task)
        {
            await host.DisposeAsync();
            throw new InvalidOperationException($"The test host did not report ready within {readyTimeout}:\n{host.Output}");
        }

        return host;
    }

    /// <summary>Kills the process with SIGKILL: no shutdown code runs, in-flight work is simply lost.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <summary>Waits for the process to end by itself (a host that kills itself at a chosen point).</summary>
    public async Task WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(deadline.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void OnLine(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Add(line);
        }

        if (line.Contains(TestHostProtocol.ReadyLine, StringComparison.Ordinal))
        {
            _ready.TrySetResult();
        }
    }

    private static string TestHostAssembly()
    {
        // The test host is built beside this project (same configuration and framework), not copied into it.
        var baseDirectory = AppContext.BaseDirectory;
        var path = Path.Combine(
            baseDirectory.Replace("AutoRemediate.IntegrationTests", "AutoRemediate.DurableTestHost", StringComparison.Ordinal),
            "AutoRemediate.DurableTestHost.dll");
        return File.Exists(path)
            ? path
            : throw new FileNotFoundException($"The durable test host was not built at {path}; build the solution first.", path);
    }
}
