using System.Net;
using AutoRemediate.Core.Approvals;
using AutoRemediate.Functions.Tests.Support;
using AutoRemediate.Testing.Azurite;

namespace AutoRemediate.Functions.Tests.Approvals;

/// <summary>Links and forms with bad tokens are refused with problem+json, and nothing is recorded.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class ApprovalTokenTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Forged_signature_is_refused()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var (request, action, remediationId) = await OpenFormAsync(bed, TestApprovalRequests.Create());
        var parts = action.Split('/')[3].Split('.');
        var forged = $"/api/approvals/{parts[0]}.{parts[1]}.{parts[2]}.{(parts[3][0] == 'A' ? 'B' : 'A')}{parts[3][1..]}/decision";

        using var response = await ApprovalBrowser.SubmitAsync(bed.Http, forged, "bob@contoso.com", "approve", remediationId);
        using var page = await bed.Http.GetAsync(forged.Replace("/decision", string.Empty, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("token-invalid-signature", await ApprovalBrowser.CodeAsync(response));
        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.Empty((await bed.RecordAsync(request)).Votes);
    }

    [Fact]
    public async Task Expired_token_is_refused()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var request = TestApprovalRequests.Create(requestedAt: DateTimeOffset.UtcNow.AddMinutes(-40));
        await bed.Approvals.RequestAsync(request, default);
        var link = (await bed.Teams.WaitForTeamsPostAsync(request.RemediationId)).ActionUrl("Approve");

        var (status, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        using var response = await ApprovalBrowser.SubmitAsync(bed.Http, link.AbsolutePath + "/decision", "bob@contoso.com", "approve", request.RemediationId);

        Assert.Equal(HttpStatusCode.Gone, status);
        Assert.Contains("This approval link has expired.", html, StringComparison.Ordinal);
        Assert.Equal((HttpStatusCode.Gone, "token-expired"), (response.StatusCode, await ApprovalBrowser.CodeAsync(response)));
        Assert.Empty((await bed.RecordAsync(request)).Votes);
    }

    [Fact]
    public async Task Reused_token_is_refused()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var (request, action, remediationId) = await OpenFormAsync(bed, TestApprovalRequests.Create(quorum: 3));

        using var first = await ApprovalBrowser.SubmitAsync(bed.Http, action, "bob@contoso.com", "approve", remediationId);
        using var again = await ApprovalBrowser.SubmitAsync(bed.Http, action, "carol@contoso.com", "approve", remediationId);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode.Conflict, "token-already-used"), (again.StatusCode, await ApprovalBrowser.CodeAsync(again)));
        Assert.Equal(["bob@contoso.com"], (await bed.RecordAsync(request)).Votes.Select(v => v.Approver));
    }

    [Fact]
    public async Task Token_of_another_remediation_is_refused()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);
        var (mine, _, myRemediation) = await OpenFormAsync(bed, TestApprovalRequests.Create());
        var (other, otherAction, _) = await OpenFormAsync(bed, TestApprovalRequests.Create());

        using var response = await ApprovalBrowser.SubmitAsync(bed.Http, otherAction, "bob@contoso.com", "approve", myRemediation);

        Assert.Equal((HttpStatusCode.Forbidden, "token-wrong-remediation"), (response.StatusCode, await ApprovalBrowser.CodeAsync(response)));
        Assert.Empty((await bed.RecordAsync(mine)).Votes);
        Assert.Empty((await bed.RecordAsync(other)).Votes);
    }

    [Fact]
    public async Task Html_client_gets_a_readable_refusal_page()
    {
        await using var bed = await ApprovalTestBed.StartAsync(azurite);

        using var response = await bed.Http.GetAsync("/api/approvals/v1.k1.bm90LWEtdG9rZW4.c2ln");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("This approval link is malformed", html, StringComparison.Ordinal);
        Assert.Equal("no-referrer", response.Headers.GetValues("Referrer-Policy").Single());
    }

    private static async Task<(ApprovalRequest Request, string Action, string RemediationId)> OpenFormAsync(ApprovalTestBed bed, ApprovalRequest request)
    {
        await bed.Approvals.RequestAsync(request, default);
        var link = (await bed.Teams.WaitForTeamsPostAsync(request.RemediationId)).ActionUrl("Approve");
        var (_, html) = await ApprovalBrowser.OpenAsync(bed.Http, link);
        var (action, remediationId) = ApprovalBrowser.Form(html, link);
        return (request, action, remediationId);
    }
}
