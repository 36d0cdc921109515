using System.Diagnostics;

namespace AutoRemediate.Benchmarks;

/// <summary>Samples the managed heap and the process working set every 20 ms until stopped, keeping the peaks.</summary>
internal sealed class MemorySampler : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task<(long Managed, long WorkingSet)> _sampling;

    public MemorySampler() => _sampling = Task.Run(SampleAsync);

    public async Task<(long PeakManaged, long PeakWorkingSet)> StopAsync()
    {
        await _stop.CancelAsync();
        return await _sampling;
    }

    public void Dispose() => _stop.Dispose();

    private async Task<(long, long)> SampleAsync()
    {
        long managed = 0, workingSet = 0;
        using var process = Process.GetCurrentProcess();
        while (true)
        {
            managed = Math.Max(managed, GC.GetTotalMemory(forceFullCollection: false));
            process.Refresh();
            workingSet = Math.Max(workingSet, process.WorkingSet64);
            if (_stop.IsCancellationRequested)
            {
                return (managed, workingSet);
            }

            try
            {
                await Task.Delay(20, _stop.Token);
            }
            catch (OperationCanceledException)
            {
                // One last sample after the stop.
            }
        }
    }
}
