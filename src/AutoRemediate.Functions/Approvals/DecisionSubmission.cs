using System.Text.Json;

namespace AutoRemediate.Functions.Approvals;

/// <summary>What the approval form (or a JSON client) posts: the verdict, a comment, and the remediation the page showed.</summary>
/// <param name="Verdict">Approve or reject.</param>
/// <param name="Comment">Optional, at most <see cref="MaxCommentLength"/> characters.</param>
/// <param name="RemediationId">The remediation the approver saw; the token must be for it.</param>
internal sealed record DecisionSubmission(Core.Approvals.ApprovalVerdict Verdict, string Comment, string? RemediationId)
{
    public const int MaxCommentLength = 2000;

    /// <summary>Reads a form (<c>decision</c>, <c>comment</c>, <c>remediationId</c>) or the same fields as JSON; null when invalid.</summary>
    public static async Task<DecisionSubmission?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        string? decision, comment, remediationId;
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            (decision, comment, remediationId) = (form["decision"], form["comment"], form["remediationId"]);
        }
        else if (request.HasJsonContentType())
        {
            try
            {
                using var document = await JsonDocument.ParseAsync(request.Body, cancellationToken: cancellationToken);
                (decision, comment, remediationId) = (Field(document, "decision"), Field(document, "comment"), Field(document, "remediationId"));
            }
            catch (JsonException)
            {
                return null;
            }
        }
        else
        {
            return null;
        }

        comment = comment?.Trim() ?? string.Empty;
        var verdict = decision?.ToLowerInvariant() switch
        {
            "approve" => Core.Approvals.ApprovalVerdict.Approve,
            "reject" => Core.Approvals.ApprovalVerdict.Reject,
            _ => (Core.Approvals.ApprovalVerdict?)null,
        };
        return verdict is null || comment.Length > MaxCommentLength
            ? null
            : new DecisionSubmission(verdict.Value, comment, string.IsNullOrWhiteSpace(remediationId) ? null : remediationId);
    }

    private static string? Field(JsonDocument document, string name) =>
        document.RootElement.ValueKind == JsonValueKind.Object && document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
