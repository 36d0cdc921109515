namespace AutoRemediate.Functions.Operator;

/// <summary>Whether the remediation's audit chain verified, and every problem found.</summary>
internal sealed record TimelineVerification(bool Intact, int RecordCount, IReadOnlyList<string> Problems);
