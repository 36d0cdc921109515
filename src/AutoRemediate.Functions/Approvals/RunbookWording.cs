using AutoRemediate.Runbooks.Certificates;
using AutoRemediate.Runbooks.QueueDrain;
using AutoRemediate.Runbooks.Restart;
using AutoRemediate.Runbooks.ScaleOut;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// A runbook's plan in words for a person deciding at night ("Restart 2 resources, then check they recover"),
/// instead of the runbook's name repeated as its only operation.
/// </summary>
internal static class RunbookWording
{
    /// <summary>The action as a short verb phrase for <paramref name="targetCount"/> targets; unknown runbooks are named as such.</summary>
    public static string Action(string runbook, int targetCount)
    {
        var what = targetCount == 1 ? "1 resource" : $"{targetCount} resources";
        return runbook switch
        {
            RestartRunbook.RunbookName => $"Restart {what}",
            ScaleOutRunbook.RunbookName => $"Scale out {what}",
            DrainQueueRunbook.RunbookName => $"Drain the queue of {what}",
            RotateCertificateRunbook.RunbookName => $"Rotate the certificate of {what}",
            _ => $"Run '{runbook}' on {what}",
        };
    }

    /// <summary>The whole plan as a sentence: the action, each target by name, and the runbook it runs.</summary>
    public static string Describe(string runbook, IReadOnlyList<string> targets, IReadOnlyList<string> operations)
    {
        ArgumentNullException.ThrowIfNull(targets);
        ArgumentNullException.ThrowIfNull(operations);
        var names = string.Join(", ", targets.Select(t => t.TrimEnd('/').Split('/')[^1]));
        var steps = operations.Where(o => !string.Equals(o, runbook, StringComparison.Ordinal)).ToList();
        var then = steps.Count == 0 ? string.Empty : $"; steps: {string.Join(", then ", steps)}";
        return $"{Action(runbook, targets.Count)} ({names}) with the '{runbook}' runbook, which checks the result afterwards{then}.";
    }
}
