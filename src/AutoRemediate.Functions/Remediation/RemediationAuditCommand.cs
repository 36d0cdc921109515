using AutoRemediate.Core.Audit;
using AutoRemediate.Core.Text;
using AutoRemediate.Functions.Composition;

namespace AutoRemediate.Functions.Remediation;

/// <summary>
/// <c>AutoRemediate.Functions audit &lt;remediation-id&gt;</c>: prints a remediation's audit chain (sequence, kind,
/// actor, summary) from the storage the app uses, then verifies the chain. Exits 0 only if the chain is intact.
/// The stored text is printed escaped (<see cref="UntrustedText.Escape"/>): it holds alert text, and this prints to a terminal.
/// </summary>
internal static class RemediationAuditCommand
{
    public static bool Matches(string[] args) => args is ["audit", _, ..];

    public static async Task<int> RunAsync(string[] args)
    {
        using var host = HostComposition.BuildCommandHost(args[2..]);
        var audit = host.Services.GetRequiredService<IAuditLog>();
        var remediationId = args[1];

        var count = 0;
        await foreach (var record in audit.ReadChainAsync(remediationId))
        {
            count++;
            var actor = record.Actor.SourceIp is { } ip ? $"{record.Actor.Identity} from {ip}" : record.Actor.Identity;
            Console.WriteLine($"audit: {record.Sequence,2} {record.Time:HH:mm:ss} {record.Kind,-17} [{UntrustedText.Escape(actor)}] {UntrustedText.Escape(record.Summary)}");
        }

        var report = await audit.VerifyAsync(remediationId);
        Console.WriteLine(report.IsIntact
            ? $"audit: chain of {count} record(s) verified: intact (hash-linked, no gaps)"
            : $"audit: chain verification FAILED: {report}");
        return count > 0 && report.IsIntact ? 0 : 1;
    }
}
