using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Approvals;

/// <summary>The public addresses of the approval page, from <c>Approvals:PublicBaseUrl</c>.</summary>
internal sealed class ApprovalUrls(IOptions<ApprovalOptions> options)
{
    public const string RoutePrefix = "/api/approvals";

    public Uri Page(string token, string? decision = null) =>
        new($"{options.Value.PublicBaseUrl!.TrimEnd('/')}{RoutePrefix}/{token}{(decision is null ? string.Empty : $"?decision={decision}")}", UriKind.Absolute);
}
