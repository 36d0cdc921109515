namespace AutoRemediate.Server.Tests.Support.Tasks;

/// <summary>The scenario's input.</summary>
internal sealed record ScenarioInput(string Alert, int[] Numbers);

/// <summary>The scenario's custom status while it waits for approval.</summary>
internal sealed record ScenarioStatus(string Stage, int Squared);

/// <summary>The approval event's payload, with the kinds of values a serialiser can get wrong.</summary>
internal sealed record Approval(string By, DateTimeOffset At, ApprovalKind Kind, IReadOnlyDictionary<string, string> Notes);

/// <summary>How an approval was given.</summary>
internal enum ApprovalKind
{
    Card,
    Page,
}

/// <summary>The scenario's output.</summary>
internal sealed record ScenarioResult(string Echo, int[] Squares, Approval Approval);
