using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Storage.Stores;
using Azure.Data.Tables;

namespace AutoRemediate.Storage.Approvals;

/// <summary>
/// The table layout: one partition per request id holding the <c>request</c> row (status, plan hash, times and
/// the request as JSON), one <c>vote-…</c> row per approver and plan, and one <c>token-{nonce}</c> row per used
/// token. Keeping them in one partition lets a decision write all three in one entity-group transaction.
/// </summary>
internal static class ApprovalRows
{
    public const string RequestRow = "request";
    public const string VotePrefix = "vote-";
    public const string TokenPrefix = "token-";
    public const int MaxRequestJsonChars = 30_000;

    public static TableEntity Request(ApprovalRequest request, ApprovalStatus status, DateTimeOffset? decidedAt)
    {
        var json = JsonSerializer.Serialize(request, ApprovalJson.Options);
        if (json.Length > MaxRequestJsonChars)
        {
            throw new ArgumentException($"Approval request '{request.RequestId}' is {json.Length} characters as JSON; at most {MaxRequestJsonChars} can be stored.", nameof(request));
        }

        var entity = Status(request.RequestId, status, decidedAt);
        entity["RemediationId"] = request.RemediationId;
        entity["PlanHash"] = request.PlanHash;
        entity["RequestedAt"] = request.RequestedAt;
        entity["ExpiresAt"] = request.ExpiresAt;
        entity["Request"] = json;
        return entity;
    }

    /// <summary>The status columns only, for a merge that leaves the request as it is.</summary>
    public static TableEntity Status(string requestId, ApprovalStatus status, DateTimeOffset? decidedAt)
    {
        // A request only ever leaves Pending, so DecidedAt is never removed once set.
        return new TableEntity(requestId, RequestRow) { ["Status"] = status.ToString(), ["DecidedAt"] = decidedAt };
    }

    public static TableEntity Vote(string requestId, ApprovalVote vote) => new(requestId, VoteKey(vote.PlanHash, vote.Approver))
    {
        ["Approver"] = vote.Approver,
        ["Verdict"] = vote.Verdict.ToString(),
        ["Comment"] = vote.Comment,
        ["PlanHash"] = vote.PlanHash,
        ["At"] = vote.At,
        ["RemoteIp"] = vote.Origin.RemoteIp,
        ["UserAgent"] = vote.Origin.UserAgent,
    };

    public static TableEntity Token(string requestId, string nonce, DateTimeOffset usedAt) =>
        new(requestId, TokenPrefix + nonce) { ["UsedAt"] = usedAt };

    /// <summary>Hashed, because identities may hold characters a row key cannot ('/', '#', '?').</summary>
    public static string VoteKey(string planHash, string approver) =>
        VotePrefix + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{planHash}\n{approver.Trim().ToUpperInvariant()}")))[..40];

    public static ApprovalRequest ReadRequest(TableEntity row) =>
        JsonSerializer.Deserialize<ApprovalRequest>(row.ReadString("Request") ?? "null", ApprovalJson.Options)
        ?? throw new InvalidDataException($"Approval request row '{row.PartitionKey}' has no request.");

    public static ApprovalRecord ReadRecord(TableEntity requestRow, IEnumerable<TableEntity> voteRows)
    {
        return new ApprovalRecord(
            ReadRequest(requestRow),
            Enum.Parse<ApprovalStatus>(requestRow.ReadString("Status") ?? nameof(ApprovalStatus.Pending)),
            [.. voteRows.Select(ReadVote).OrderBy(v => v.At)],
            requestRow.ReadDateTimeOffset("DecidedAt"),
            requestRow.ETag.ToString() is { Length: > 0 } version ? version : throw new InvalidDataException($"Approval request row '{requestRow.PartitionKey}' came back without an ETag."));
    }

    private static ApprovalVote ReadVote(TableEntity row) => new(
        row.ReadString("Approver") ?? string.Empty,
        Enum.Parse<ApprovalVerdict>(row.ReadString("Verdict") ?? nameof(ApprovalVerdict.Reject)),
        row.ReadString("Comment") ?? string.Empty,
        row.ReadString("PlanHash") ?? string.Empty,
        row.ReadDateTimeOffset("At") ?? DateTimeOffset.MinValue,
        new DecisionOrigin(row.ReadString("RemoteIp"), row.ReadString("UserAgent")));
}
