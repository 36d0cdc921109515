using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AutoRemediate.Functions.Approvals;

namespace AutoRemediate.Functions.Tests.Support;

/// <summary>
/// What a person's browser does, over HTTP: open the approval page, then submit its form as someone (an approver, by
/// default with the Approver app role), with the <c>Sec-Fetch-Site: same-origin</c> a browser sends for a form on the
/// app's own page (or other fetch headers, to play another site).
/// </summary>
internal static partial class ApprovalBrowser
{
    public static async Task<(HttpStatusCode Status, string Html)> OpenAsync(HttpClient client, Uri link)
    {
        using var response = await client.GetAsync(link.PathAndQuery);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>The form's action (a fresh single-use token) and the remediation it shows.</summary>
    public static (string Action, string RemediationId) Form(string html, Uri page)
    {
        var action = ActionPattern().Match(html).Groups[1].Value;
        var remediation = RemediationPattern().Match(html).Groups[1].Value;
        Assert.False(string.IsNullOrEmpty(action), "the page has no decision form");
        return (new Uri(page, WebUtility.HtmlDecode(action)).AbsolutePath, remediation);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        HttpClient client, string action, string? approver, string decision, string remediationId, string comment = "", bool json = true,
        string? fetchSite = "same-origin", string? origin = null, string? principal = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, action)
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["decision"] = decision, ["comment"] = comment, ["remediationId"] = remediationId }),
        };
        if (approver is not null)
        {
            request.Headers.Add(ApproverIdentityResolver.PrincipalHeader, principal ?? Approver(approver));
        }

        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        request.Headers.UserAgent.ParseAdd("ApprovalTests/1.0");
        if (json)
        {
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        }

        return await client.SendAsync(request);
    }

    /// <summary>Opens the link and decides through its form, as <paramref name="approver"/>.</summary>
    public static async Task<HttpResponseMessage> DecideAsync(HttpClient client, Uri link, string approver, string decision, string comment = "")
    {
        var (status, html) = await OpenAsync(client, link);
        Assert.Equal(HttpStatusCode.OK, status);
        var (action, remediationId) = Form(html, link);
        return await SubmitAsync(client, action, approver, decision, remediationId, comment);
    }

    /// <summary>
    /// App Service Authentication's X-MS-CLIENT-PRINCIPAL for an Entra ID user holding the app roles <paramref name="roles"/>
    /// (as <c>roles</c> claims) and in the groups <paramref name="groups"/> (as <c>groups</c> claims).
    /// </summary>
    public static string Principal(string upn, IEnumerable<string>? roles = null, IEnumerable<string>? groups = null) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new
        {
            auth_typ = "aad",
            name_typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = new[]
            {
                new { typ = "name", val = "Display " + upn },
                new { typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", val = upn },
            }
            .Concat((roles ?? []).Select(r => new { typ = "roles", val = r }))
            .Concat((groups ?? []).Select(g => new { typ = "groups", val = g })),
        }));

    /// <summary>An approver's principal: the Approver app role, and <paramref name="groups"/>.</summary>
    public static string Approver(string upn, IEnumerable<string>? groups = null) => Principal(upn, ["Approver"], groups);

    public static async Task<string> CodeAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.GetProperty("code").GetString()!;
    }

    [GeneratedRegex("<form method=\"post\" action=\"([^\"]+)\"")]
    private static partial Regex ActionPattern();

    [GeneratedRegex("name=\"remediationId\" value=\"([^\"]+)\"")]
    private static partial Regex RemediationPattern();
}
