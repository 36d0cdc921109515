using System.Text;
using System.Text.Json;

namespace AutoRemediate.Functions.Security;

/// <summary>
/// The person App Service Authentication signed in, from its <c>X-MS-CLIENT-PRINCIPAL</c> header (base64 JSON, set by
/// the platform, which strips any copy a client sends): the UPN (or name), and the Entra ID app roles and groups in
/// the sign-in. Trust it only behind App Service Authentication.
/// </summary>
/// <param name="Name">UPN first (stable, unique), display names last.</param>
/// <param name="Roles">The <c>roles</c> claims: app role values of the sign-in app registration.</param>
/// <param name="Groups">The <c>groups</c> claims: group object ids (absent when the user is in too many groups; Entra ID then sends none).</param>
internal sealed record PlatformPrincipal(string Name, IReadOnlyList<string> Roles, IReadOnlyList<string> Groups)
{
    public const string Header = "X-MS-CLIENT-PRINCIPAL";
    private const int MaxHeaderLength = 16 * 1024;
    private const string RoleClaim = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";

    /// <summary>Claim types tried in order for the name.</summary>
    private static readonly string[] NameClaims =
    [
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn",
        "upn",
        "preferred_username",
        "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress",
        "email",
    ];

    /// <summary>The signed-in person; null when the header is absent, unreadable or names nobody.</summary>
    public static PlatformPrincipal? From(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var header = request.Headers[Header].ToString();
        return header.Length is 0 or > MaxHeaderLength ? null : Parse(header);
    }

    private static PlatformPrincipal? Parse(string header)
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
                .Select(c => (Type: c.GetProperty("typ").GetString()!, Value: c.GetProperty("val").GetString()!.Trim()))
                .Where(c => c.Value.Length > 0)
                .ToList();
            var nameType = Text(root, "name_typ");
            var roleType = Text(root, "role_typ") ?? RoleClaim;
            var name = NameClaims.Append(nameType).Append("name")
                .Select(type => values.FirstOrDefault(c => c.Type == type).Value)
                .FirstOrDefault(value => value is not null);
            return name is null
                ? null
                : new PlatformPrincipal(
                    name,
                    [.. values.Where(c => c.Type is "roles" or RoleClaim || c.Type == roleType).Select(c => c.Value).Distinct(StringComparer.Ordinal)],
                    [.. values.Where(c => c.Type == "groups").Select(c => c.Value).Distinct(StringComparer.OrdinalIgnoreCase)]);
        }
        catch (Exception exception) when (exception is FormatException or JsonException or InvalidOperationException or DecoderFallbackException)
        {
            return null;
        }
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
