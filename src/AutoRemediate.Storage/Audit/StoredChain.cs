using AutoRemediate.Core.Audit;

namespace AutoRemediate.Storage.Audit;

/// <summary>A chain partition as read for verification.</summary>
/// <param name="Records">The rows that read as records, in row-key order.</param>
/// <param name="Head">The head row, when present.</param>
/// <param name="Problems">Problems only storage can see (unreadable rows, misplaced rows, a missing head).</param>
/// <param name="AnchorDay">The day the chain is anchored under: its first record's day, else the head's note of it.</param>
internal sealed record StoredChain(IReadOnlyList<AuditRecord> Records, AuditHead? Head, IReadOnlyList<AuditChainProblem> Problems, DateOnly? AnchorDay);
