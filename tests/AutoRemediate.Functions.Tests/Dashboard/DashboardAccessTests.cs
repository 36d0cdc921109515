using System.Net;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Dashboard;

/// <summary>Who gets in and which posts count: sign-in, CSRF refusal, and the kill switch changed only by a same-origin form.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class DashboardAccessTests(AzuriteFixture azurite)
{
    [Theory]
    [InlineData("/dashboard/remediations")]
    [InlineData("/dashboard/remediations/anything")]
    [InlineData("/dashboard/approvals")]
    [InlineData("/dashboard/guardrails")]
    [InlineData("/dashboard/assets/dashboard.js")]
    public async Task Page_without_a_signed_in_operator_answers_401_with_a_sign_in_link(string path)
    {
        await using var app = await DashboardApp.StartAsync(azurite, trustAppService: true);
        using var http = app.Http();

        using var response = await http.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains($"href=\"/.auth/login/aad?post_login_redirect_uri={Uri.EscapeDataString(path)}\"", html, StringComparison.Ordinal);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
    }

    [Fact]
    public async Task App_Service_principal_signs_the_operator_in()
    {
        await using var app = await DashboardApp.StartAsync(azurite, trustAppService: true);
        using var http = app.Http();
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/dashboard/guardrails", UriKind.Relative));
        request.Headers.Add("X-MS-CLIENT-PRINCIPAL", OperatorClient.Principal("erin@contoso.com", "Viewer"));

        using var response = await http.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Signed in as <strong>erin@contoso.com</strong>", html, StringComparison.Ordinal);
        Assert.Contains("default-src 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unauthenticated_post_changes_nothing()
    {
        await using var app = await DashboardApp.StartAsync(azurite, trustAppService: true);
        using var http = app.Http();

        using var response = await http.SendAsync(KillSwitchPost(fetchSite: "same-origin"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.False(await KillSwitchEngagedAsync(app));
    }

    [Theory]
    [InlineData("cross-site", null)]
    [InlineData("same-site", null)]
    [InlineData(null, "https://evil.example")]
    [InlineData(null, null)]
    public async Task Post_not_sent_by_the_dashboard_is_refused_and_changes_nothing(string? fetchSite, string? origin)
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        using var http = app.Http();

        using var response = await http.SendAsync(KillSwitchPost(fetchSite, origin));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("nothing was changed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await KillSwitchEngagedAsync(app));
    }

    [Theory]
    [InlineData("same-origin", null)]
    [InlineData(null, "http://localhost")]
    public async Task Same_origin_form_engages_the_kill_switch_audited_as_the_operator(string? fetchSite, string? origin)
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        using var http = app.Http();

        using var response = await http.SendAsync(KillSwitchPost(fetchSite, origin));

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        Assert.Equal("/dashboard/guardrails?done=kill-switch-engaged", response.Headers.Location?.OriginalString);
        Assert.True(await KillSwitchEngagedAsync(app));
        var audited = Assert.Single(await app.App.ChainAsync("operator"));
        Assert.Equal((DashboardApp.Operator, "storage incident"), (audited.Actor.Identity, audited.Details["reason"]));
    }

    [Fact]
    public async Task Form_without_a_reason_answers_400_and_changes_nothing()
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        using var http = app.Http();

        using var response = await http.SendAsync(KillSwitchPost("same-origin", reason: "   "));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Kill switch not changed: reason: a reason is required", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await KillSwitchEngagedAsync(app));
    }

    [Theory]
    [InlineData("multipart/form-data", "engaged=true")]
    [InlineData("multipart/form-data; boundary=xyz", "--xyz\r\nContent-Disposition: form-data; name=\"engaged\"\r\n\r\ntr")]
    public async Task Form_that_cannot_be_read_answers_400_and_changes_nothing(string contentType, string body)
    {
        await using var app = await DashboardApp.StartAsync(azurite);
        using var http = app.Http();
        using var request = KillSwitchPost("same-origin");
        request.Content = new StringContent(body);
        request.Content.Headers.Remove("Content-Type");
        request.Content.Headers.TryAddWithoutValidation("Content-Type", contentType);

        using var response = await http.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Kill switch not changed: the form could not be read", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await KillSwitchEngagedAsync(app));
    }

    private static HttpRequestMessage KillSwitchPost(string? fetchSite, string? origin = null, string reason = "storage incident")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri("/dashboard/guardrails/kill-switch", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["engaged"] = "true", ["reason"] = reason }),
        };
        if (fetchSite is not null)
        {
            request.Headers.Add("Sec-Fetch-Site", fetchSite);
        }

        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        return request;
    }

    private static async Task<bool> KillSwitchEngagedAsync(DashboardApp app) =>
        (await app.App.Guardrails.LoadAsync(new AutoRemediate.Core.Guardrails.GuardrailStateQuery("restart", [], "operator"), DateTimeOffset.UtcNow, default)).KillSwitch.Engaged;
}
