using AutoRemediate.Core.Incidents;
using AutoRemediate.Core.Toil;

namespace AutoRemediate.Core.Tests.Support;

/// <summary>Builds remediation facts in one line, times in minutes after 10:00 UTC.</summary>
internal static class TestIncidents
{
    public const string VmA = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-shop/providers/Microsoft.Compute/virtualMachines/vm-a";
    public const string VmB = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-shop/providers/Microsoft.Compute/virtualMachines/vm-b";
    public const string VmOther = "/subscriptions/00000000-0000-0000-0000-000000000001/resourceGroups/rg-other/providers/Microsoft.Compute/virtualMachines/vm-c";

    public static RemediationFact Fact(
        string id,
        double received,
        double? ended,
        string resource = VmA,
        string rule = "cpu-high",
        ToilOutcome outcome = ToilOutcome.AutoRemediated,
        double? resolved = null,
        double? fired = null) =>
        new()
        {
            RemediationId = id,
            RuleName = rule,
            ResourceIds = [resource],
            ResourceGroup = RemediationFact.ResourceGroupOf(resource),
            ReceivedAt = At(received),
            FiredAt = fired is { } f ? At(f) : null,
            EndedAt = ended is { } e ? At(e) : null,
            Outcome = ended is null ? null : outcome,
            ResolvedAt = resolved is { } r ? At(r) : null,
        };

    public static DateTimeOffset At(double minutesAfterTen) => TestSlos.Ten.AddMinutes(minutesAfterTen);

    /// <summary>Each incident as its members' remediation ids.</summary>
    public static string[][] Members(IEnumerable<Incident> incidents) => [.. incidents.Select(i => i.Members.Select(m => m.RemediationId).ToArray())];
}
