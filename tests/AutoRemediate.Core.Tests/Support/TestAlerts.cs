using System.Collections.Frozen;
using AutoRemediate.Core.Alerts;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Builds alerts in one line; every argument has a realistic default.</summary>
internal static class TestAlerts
{
    public const string CheckoutSite = "/subscriptions/11111111-2222-3333-4444-555555555555/resourceGroups/rg-checkout-prod/providers/Microsoft.Web/sites/checkout-api-prod";

    public static Alert Alert(
        AlertSource source = AlertSource.AzureMonitor,
        string rule = "checkout-api-http5xx",
        int severity = 1,
        SignalType signal = SignalType.Metric,
        IEnumerable<string>? targets = null,
        IReadOnlyDictionary<string, string>? labels = null,
        IReadOnlyDictionary<string, string>? custom = null,
        string identity = "alert-1") => new()
    {
        Source = source,
        Identity = identity,
        RuleName = rule,
        Severity = severity,
        SignalType = signal,
        State = AlertState.Fired,
        TargetResourceIds = (targets ?? [CheckoutSite]).Select(Id).ToArray(),
        FiredAt = new DateTimeOffset(2026, 11, 20, 3, 12, 45, TimeSpan.Zero),
        Labels = labels ?? FrozenDictionary<string, string>.Empty,
        CustomProperties = custom ?? FrozenDictionary<string, string>.Empty,
        Description = "test alert",
        BodySha256 = new string('0', 64),
    };

    public static AzureResourceId Id(string text) =>
        AzureResourceId.TryParse(text, out var id, out var error) ? id : throw new ArgumentException(error, nameof(text));

    public static IReadOnlyDictionary<string, string> Map(params (string Key, string Value)[] entries) =>
        entries.ToDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
