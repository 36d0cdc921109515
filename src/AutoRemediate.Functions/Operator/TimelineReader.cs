using System.Text;
using AutoRemediate.Core.Audit;
using Microsoft.DurableTask.Client;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// A remediation's audit timeline as JSON (with verification), JSON Lines or CSV. Known ids are remediation
/// instances and the operator chain; a self-check's id is unknown here.
/// </summary>
internal sealed class TimelineReader(IAuditLog audit, DurableTaskClient client)
{
    public async Task<Results<Ok<RemediationTimeline>, PushStreamHttpResult, ProblemHttpResult>> ReadAsync(string id, string? format, CancellationToken cancellationToken)
    {
        if (format is not (null or "json" or "jsonl" or "csv"))
        {
            return OperatorProblems.BadParameter("format", "must be json, jsonl or csv");
        }

        if (!RemediationIds.IsPlausible(id))
        {
            return OperatorProblems.NotFound("remediation", id);
        }

        if (await ReadKnownChainAsync(id, cancellationToken) is not { } records)
        {
            return OperatorProblems.NotFound("remediation", id);
        }

        return format switch
        {
            "jsonl" => TypedResults.Stream(body => WriteAsync(body, w => AuditJsonLines.WriteAsync(records.ToAsyncEnumerable(), w)), "application/x-ndjson", $"{id}.jsonl"),
            "csv" => TypedResults.Stream(body => WriteAsync(body, w => AuditCsv.WriteAsync(records.ToAsyncEnumerable(), w)), "text/csv; charset=utf-8", $"{id}.csv"),
            _ => TypedResults.Ok(await TimelineAsync(id, records, cancellationToken)),
        };
    }

    /// <summary>The timeline with its verification, or null when <paramref name="id"/> is no remediation (nor the operator chain).</summary>
    public async Task<RemediationTimeline?> ReadAsync(string id, CancellationToken cancellationToken) =>
        RemediationIds.IsPlausible(id) && await ReadKnownChainAsync(id, cancellationToken) is { } records
            ? await TimelineAsync(id, records, cancellationToken)
            : null;

    private async Task<RemediationTimeline> TimelineAsync(string id, List<AuditRecord> records, CancellationToken cancellationToken) =>
        new(id, [.. records.Select(Record)], Verification(await audit.VerifyAsync(id, cancellationToken)));

    private async Task<List<AuditRecord>?> ReadKnownChainAsync(string id, CancellationToken cancellationToken)
    {
        var instance = await client.GetInstanceAsync(id, cancellation: cancellationToken);
        var records = await ReadChainAsync(id, cancellationToken);
        return (instance is null ? records.Count == 0 : !RemediationLister.IsRemediation(instance)) ? null : records;
    }

    private async Task<List<AuditRecord>> ReadChainAsync(string id, CancellationToken cancellationToken)
    {
        var records = new List<AuditRecord>();
        await foreach (var record in audit.ReadChainAsync(id, cancellationToken))
        {
            records.Add(record);
        }

        return records;
    }

    private static async Task WriteAsync(Stream body, Func<TextWriter, Task<long>> write)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), leaveOpen: true);
        await write(writer);
    }

    private static TimelineRecord Record(AuditRecord record) =>
        new(record.Sequence, record.Kind.ToString(), record.Time, record.Actor.Type.ToString(), record.Actor.Identity, record.Summary, record.Details);

    private static TimelineVerification Verification(AuditVerificationReport report) =>
        new(report.IsIntact, report.RecordCount, [.. report.Problems.Select(p => $"{p.Kind}: {p.Description}")]);
}
