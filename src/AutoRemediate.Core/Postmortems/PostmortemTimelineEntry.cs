using AutoRemediate.Core.Audit;

namespace AutoRemediate.Core.Postmortems;

/// <summary>One audit record on the timeline, with what links back to it (chain id and sequence, record id).</summary>
/// <param name="Time">When it happened.</param>
/// <param name="RemediationId">Its chain.</param>
/// <param name="Sequence">Its place in the chain.</param>
/// <param name="RecordId">Its record id.</param>
/// <param name="Kind">What it records.</param>
/// <param name="Actor">Who acted, e.g. "system orchestrator" or "user alice@contoso.com".</param>
/// <param name="Summary">The record's own sentence.</param>
public sealed record PostmortemTimelineEntry(DateTimeOffset Time, string RemediationId, long Sequence, string RecordId, AuditRecordKind Kind, string Actor, string Summary)
{
    /// <summary>The link to the record: <c>chain#sequence</c>.</summary>
    public string Reference => $"{RemediationId}#{Sequence}";
}
