using AutoRemediate.Functions.Dashboard;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Approvals;

/// <summary>The public addresses of the approval page and the dashboard, from <c>Approvals:PublicBaseUrl</c>.</summary>
internal sealed class ApprovalUrls(IOptions<ApprovalOptions> options)
{
    public const string RoutePrefix = "/api/approvals";

    public Uri Page(string token, string? decision = null) =>
        new($"{options.Value.PublicBaseUrl!.TrimEnd('/')}{RoutePrefix}/{token}{(decision is null ? string.Empty : $"?decision={decision}")}", UriKind.Absolute);

    /// <summary>The remediation's page in the operator dashboard.</summary>
    public Uri Dashboard(string remediationId) => new($"{options.Value.PublicBaseUrl!.TrimEnd('/')}{DashboardPaths.Remediation(remediationId)}", UriKind.Absolute);
}
