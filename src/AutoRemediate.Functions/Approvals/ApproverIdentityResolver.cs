using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Approvals;

/// <summary>
/// Who is deciding: with <c>Approvals:TrustAppServiceAuthentication</c>, the UPN (or name) from App Service
/// Authentication's <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON, set by the platform, which strips any copy a
/// client sends); otherwise <c>Approvals:LocalApproverIdentity</c>. Null means nobody is signed in.
/// </summary>
internal sealed class ApproverIdentityResolver(IOptions<ApprovalOptions> options)
{
    public const string PrincipalHeader = "X-MS-CLIENT-PRINCIPAL";
    private const int MaxHeaderLength = 16 * 1024;

    /// <summary>Claim types tried in order: UPN first (stable, unique), display names last.</summary>
    private static readonly string[] PreferredClaims =
    [
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "upn",
        "preferred_username",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "email",
    ];

    public string? Resolve(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!options.Value.TrustAppServiceAuthentication)
        {
            return string.IsNullOrWhiteSpace(options.Value.LocalApproverIdentity) ? null : options.Value.LocalApproverIdentity.Trim();
        }

        return FromPlatformHeader(request);
    }

    /// <summary>The signed-in user's name from <c>X-MS-CLIENT-PRINCIPAL</c>; null when absent or unreadable. Trust it only behind App Service Authentication.</summary>
    public static string? FromPlatformHeader(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[PrincipalHeader].ToString();
        return header.Length is 0 or > MaxHeaderLength ? null : FromPrincipal(header);
    }

    private static string? FromPrincipal(string header)
    {
        try
        {
            using var document = JsonDocument.Parse(Encoding.UTF8.GetString(Convert.FromBase64String(header)));
            var root = document.RootElement;
            if (!root.TryGetProperty("claims", out var claims) || claims.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            var values = claims.EnumerateArray()
                .Where(c => c.TryGetProperty("typ", out var t) && t.ValueKind == JsonValueKind.String && c.TryGetProperty("val", out var v) && v.ValueKind == JsonValueKind.String)
                .Select(c => (Type: c.GetProperty("typ").GetString()!, Value: c.GetProperty("val").GetString()!))
                .Where(c => !string.IsNullOrWhiteSpace(c.Value))
                .ToList();
            var nameType = root.TryGetProperty("name_typ", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return PreferredClaims.Append(nameType).Append("name")
                .Select(type => values.FirstOrDefault(c => c.Type == type).Value)
                .FirstOrDefault(value => value is not null)?.Trim();
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }
}
