using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Approvals;

/// <summary>The binding's approvers in the decision rules: who is listed may decide, nobody else, and the quorum counts distinct listed people.</summary>
public sealed class AllowedApproverRulesTests
{
    private const string Group = "0b7a1c55-3f0e-4c1b-9a43-6f2d8e1b2c3d";
    private static readonly DateTimeOffset During = TestApprovals.Now.AddMinutes(5);

    [Fact]
    public void Approver_outside_the_listed_groups_roles_and_users_is_refused()
    {
        var record = Record(new AllowedApprovers([Group], ["Checkout.Approver"], ["dana@contoso.com"]));

        var ruling = ApprovalRules.Decide(record, new ApproverIdentity("mallory@contoso.com", ["11111111-2222-3333-4444-555555555555"], ["Other.Role"]), ApprovalVerdict.Approve, record.Request.PlanHash, During);

        Assert.Equal((ApprovalRefusal.NotAnAllowedApprover, ApprovalStatus.Pending), (ruling.Refusal, ruling.Status));
        Assert.Contains("not among this binding's approvers", ruling.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("group")]
    [InlineData("role")]
    [InlineData("user")]
    public void Member_of_a_listed_group_holder_of_a_listed_role_or_a_listed_user_may_decide(string by)
    {
        var record = Record(new AllowedApprovers([Group], ["Checkout.Approver"], ["dana@contoso.com"]));
        var approver = by switch
        {
            "group" => new ApproverIdentity("bob@contoso.com", [Group.ToUpperInvariant()], []),
            "role" => new ApproverIdentity("bob@contoso.com", [], ["checkout.approver"]),
            _ => ApproverIdentity.Named("Dana@Contoso.com"),
        };

        var ruling = ApprovalRules.Decide(record, approver, ApprovalVerdict.Approve, record.Request.PlanHash, During);

        Assert.Equal((null, ApprovalStatus.Approved), (ruling.Refusal, ruling.Status));
    }

    [Fact]
    public void Request_without_approvers_lets_anyone_decide()
    {
        var record = TestApprovals.Record(TestApprovals.Request());

        Assert.True(ApprovalRules.Decide(record, ApproverIdentity.Named("bob@contoso.com"), ApprovalVerdict.Approve, record.Request.PlanHash, During).Accepted);
    }

    [Fact]
    public void Quorum_counts_distinct_allowed_approvers_only()
    {
        var request = TestApprovals.Request(quorum: 2) with { Approvers = new AllowedApprovers([], [], ["bob@contoso.com", "carol@contoso.com"]) };
        var afterBob = TestApprovals.Record(request, TestApprovals.Vote("bob@contoso.com", ApprovalVerdict.Approve, request.PlanHash));

        var bobAgain = ApprovalRules.Decide(afterBob, ApproverIdentity.Named("BOB@contoso.com"), ApprovalVerdict.Approve, request.PlanHash, During);
        var outsider = ApprovalRules.Decide(afterBob, ApproverIdentity.Named("mallory@contoso.com"), ApprovalVerdict.Approve, request.PlanHash, During);
        var carol = ApprovalRules.Decide(afterBob, ApproverIdentity.Named("carol@contoso.com"), ApprovalVerdict.Approve, request.PlanHash, During);

        Assert.Equal((ApprovalRefusal.AlreadyDecidedByApprover, ApprovalStatus.Pending), (bobAgain.Refusal, bobAgain.Status));
        Assert.Equal((ApprovalRefusal.NotAnAllowedApprover, ApprovalStatus.Pending), (outsider.Refusal, outsider.Status));
        Assert.Equal((null, ApprovalStatus.Approved), (carol.Refusal, carol.Status));
    }

    private static ApprovalRecord Record(AllowedApprovers approvers) =>
        TestApprovals.Record(TestApprovals.Request() with { Approvers = approvers });
}
