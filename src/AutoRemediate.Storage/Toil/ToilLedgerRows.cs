using AutoRemediate.Core.Toil;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Toil;

/// <summary>Ledger rows to and from entities: one typed column per field, so a scan can select only what it needs.</summary>
/// <remarks>WARNING: column names are stored data; add columns, never rename one.</remarks>
internal static class ToilLedgerRows
{
    public const string ResolvedAtColumn = "ResolvedAt";

    /// <summary>The columns a report needs (the reason and target are left out of window scans).</summary>
    public static readonly IReadOnlyList<string> ReportColumns =
    [
        "OccurrenceId", "RemediationId", "OccurredAt", "EndedAt", "Outcome", "RuleName", "AlertSource", "Severity", "BindingId", "BindingVersion", "Runbook",
        "ManualEffortMinutes", "HumanMinutes", "ApprovalRequestedAt", "ApprovalDecidedAt", ResolvedAtColumn, "Refirings",
    ];

    public static TableEntity Occurrence(ToilOccurrence o)
    {
        var entity = new TableEntity(ToilTableKeys.OccurrencePartition(o.OccurredAt), TableKeyText.Escape(o.OccurrenceId))
        {
            ["OccurrenceId"] = o.OccurrenceId,
            ["RemediationId"] = o.RemediationId,
            ["OccurredAt"] = o.OccurredAt,
            ["EndedAt"] = o.EndedAt,
            ["Outcome"] = o.Outcome.ToString(),
            ["RuleName"] = o.RuleName,
            ["AlertSource"] = o.AlertSource,
            ["Severity"] = o.Severity,
            ["BindingId"] = o.BindingId,
            ["BindingVersion"] = o.BindingVersion,
            ["Runbook"] = o.Runbook,
            ["Target"] = o.Target,
            ["ManualEffortMinutes"] = o.ManualEffortMinutes,
            ["HumanMinutes"] = o.HumanMinutes,
            ["ApprovalRequestedAt"] = o.ApprovalRequestedAt,
            ["ApprovalDecidedAt"] = o.ApprovalDecidedAt,
            [ResolvedAtColumn] = o.ResolvedAt,
            ["Refirings"] = o.Refirings,
            ["Reason"] = o.Reason,
        };
        return entity;
    }

    public static ToilOccurrence ReadOccurrence(TableEntity e) => new()
    {
        OccurrenceId = e.ReadString("OccurrenceId") ?? e.RowKey,
        RemediationId = e.ReadString("RemediationId") ?? string.Empty,
        OccurredAt = e.ReadDateTimeOffset("OccurredAt") ?? throw Missing(e, "OccurredAt"),
        EndedAt = e.ReadDateTimeOffset("EndedAt") ?? throw Missing(e, "EndedAt"),
        Outcome = Enum.Parse<ToilOutcome>(e.ReadString("Outcome") ?? throw Missing(e, "Outcome")),
        RuleName = e.ReadString("RuleName") ?? string.Empty,
        AlertSource = e.ReadString("AlertSource") ?? string.Empty,
        Severity = e.ReadInt32("Severity") ?? 0,
        BindingId = e.ReadString("BindingId"),
        BindingVersion = e.ReadInt32("BindingVersion"),
        Runbook = e.ReadString("Runbook"),
        Target = e.ReadString("Target"),
        ManualEffortMinutes = e.ReadInt32("ManualEffortMinutes"),
        HumanMinutes = e.ReadDouble("HumanMinutes") ?? 0,
        ApprovalRequestedAt = e.ReadDateTimeOffset("ApprovalRequestedAt"),
        ApprovalDecidedAt = e.ReadDateTimeOffset("ApprovalDecidedAt"),
        ResolvedAt = e.ReadDateTimeOffset(ResolvedAtColumn),
        Refirings = e.ReadInt32("Refirings") ?? 0,
        Reason = e.ReadString("Reason") ?? string.Empty,
    };

    public static TableEntity Manual(ManualToilEntry m) => new(ToilTableKeys.ManualPartition(m.At), TableKeyText.Escape(m.Id))
    {
        ["Id"] = m.Id,
        ["Who"] = m.Who,
        ["What"] = m.What,
        ["Minutes"] = m.Minutes,
        ["Category"] = m.Category,
        ["At"] = m.At,
        ["RecordedAt"] = m.RecordedAt,
        ["RecordedBy"] = m.RecordedBy,
    };

    public static ManualToilEntry ReadManual(TableEntity e) => new(
        e.ReadString("Id") ?? e.RowKey,
        e.ReadString("Who") ?? string.Empty,
        e.ReadString("What") ?? string.Empty,
        e.ReadInt32("Minutes") ?? 0,
        e.ReadString("Category") ?? string.Empty,
        e.ReadDateTimeOffset("At") ?? throw Missing(e, "At"),
        e.ReadDateTimeOffset("RecordedAt") ?? throw Missing(e, "RecordedAt"),
        e.ReadString("RecordedBy") ?? string.Empty);

    private static InvalidDataException Missing(TableEntity e, string column) =>
        new($"Toil ledger row {e.PartitionKey}/{e.RowKey} has no {column}.");
}
