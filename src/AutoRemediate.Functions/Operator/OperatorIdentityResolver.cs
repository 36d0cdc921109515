using AutoRemediate.Functions.Approvals;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Operator;

/// <summary>
/// Who the operator is: the App Service Authentication principal (read as the approvals feature reads it) when
/// <c>Operator:TrustAppServiceAuthentication</c> is set, else <c>Operator:LocalIdentity</c>; null when neither.
/// </summary>
internal sealed class OperatorIdentityResolver(IOptions<OperatorOptions> options)
{
    public string? Resolve(HttpRequest request) =>
        options.Value.TrustAppServiceAuthentication
            ? ApproverIdentityResolver.FromPlatformHeader(request)
            : string.IsNullOrWhiteSpace(options.Value.LocalIdentity) ? null : options.Value.LocalIdentity.Trim();
}
