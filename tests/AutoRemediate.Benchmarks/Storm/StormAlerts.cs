using System.Globalization;
using AutoRemediate.Testing;

namespace AutoRemediate.Benchmarks.Storm;

/// <summary>
/// Distinct Azure Monitor common-schema alerts made from the App Service 5xx sample: each has its own alert id and
/// its own App Service, so each starts its own remediation on its own resource.
/// </summary>
internal sealed class StormAlerts
{
    private const string SampleAlertGuid = "6b5c2a43-0f4e-4a7c-9d1e-2f3a4b5c6d7e";
    private const string SampleSite = "checkout-api-prod";
    private const string SampleRule = "checkout-api-http5xx";
    private const string SampleFired = "2026-11-20T03:12:45.1234567Z";

    private readonly string sample;
    private readonly string run;
    private int next;

    public StormAlerts()
    {
        sample = File.ReadAllText(Path.Combine(
            RepositoryRoot.Find(), "tests", "AutoRemediate.Core.Tests", "Samples", "alerts", "azure-monitor-metric-appservice-5xx-fired.json"));
        run = Guid.NewGuid().ToString("N")[..8];
    }

    /// <summary>The next alert's JSON body.</summary>
    public string Next()
    {
        var index = Interlocked.Increment(ref next);
        var site = $"storm-{run}-{index.ToString("D6", CultureInfo.InvariantCulture)}";
        return sample
            .Replace(SampleAlertGuid, Guid.NewGuid().ToString(), StringComparison.Ordinal)
            .Replace(SampleRule, StormBindings.RuleName, StringComparison.Ordinal)
            .Replace(SampleSite, site, StringComparison.Ordinal)
            .Replace("_-1795521478", "_" + index.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace(SampleFired, DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }
}
