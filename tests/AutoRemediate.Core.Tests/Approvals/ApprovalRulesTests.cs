using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Approvals;

public sealed class ApprovalRulesTests
{
    private static readonly DateTimeOffset During = TestApprovals.Now.AddMinutes(5);

    [Fact]
    public void Requester_may_not_approve_when_self_approval_is_forbidden()
    {
        var record = TestApprovals.Record(TestApprovals.Request(requestedBy: "alice@contoso.com"));

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("ALICE@contoso.com"), ApprovalVerdict.Approve, record.Request.PlanHash, During);

        Assert.Equal(ApprovalRefusal.SelfApproval, ruling.Refusal);
    }

    [Fact]
    public void Requester_may_approve_when_the_policy_allows_it()
    {
        var record = TestApprovals.Record(TestApprovals.Request(allowSelfApproval: true));

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("alice@contoso.com"), ApprovalVerdict.Approve, record.Request.PlanHash, During);

        Assert.Equal(ApprovalStatus.Approved, ruling.Status);
    }

    [Fact]
    public void Quorum_of_two_needs_two_distinct_approvers()
    {
        var request = TestApprovals.Request(quorum: 2);
        var first = ApprovalRules.Decide(TestApprovals.Record(request), ApproverIdentity.Named("bob@contoso.com"), ApprovalVerdict.Approve, request.PlanHash, During);
        var afterBob = TestApprovals.Record(request, TestApprovals.Vote("bob@contoso.com", ApprovalVerdict.Approve, request.PlanHash));
        var again = ApprovalRules.Decide(afterBob, ApproverIdentity.Named("Bob@Contoso.com"), ApprovalVerdict.Approve, request.PlanHash, During);
        var second = ApprovalRules.Decide(afterBob, ApproverIdentity.Named("carol@contoso.com"), ApprovalVerdict.Approve, request.PlanHash, During);

        Assert.Equal((true, ApprovalStatus.Pending), (first.Accepted, first.Status));
        Assert.Equal(ApprovalRefusal.AlreadyDecidedByApprover, again.Refusal);
        Assert.Equal((true, ApprovalStatus.Approved), (second.Accepted, second.Status));
    }

    [Fact]
    public void One_rejection_ends_the_request_even_after_approvals()
    {
        var request = TestApprovals.Request(quorum: 3);
        var record = TestApprovals.Record(request, TestApprovals.Vote("bob@contoso.com", ApprovalVerdict.Approve, request.PlanHash));

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("carol@contoso.com"), ApprovalVerdict.Reject, request.PlanHash, During);

        Assert.Equal(ApprovalStatus.Rejected, ruling.Status);
    }

    [Fact]
    public void Decision_after_expiry_is_refused()
    {
        var record = TestApprovals.Record(TestApprovals.Request());

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("bob@contoso.com"), ApprovalVerdict.Approve, record.Request.PlanHash, record.Request.ExpiresAt);

        Assert.Equal(ApprovalRefusal.Expired, ruling.Refusal);
    }

    [Fact]
    public void Decision_on_a_plan_that_has_since_changed_is_refused()
    {
        var record = TestApprovals.Record(TestApprovals.Request());
        var shown = PlanHash.Compute([TestGuardrails.Site], ["stop site"]);

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("bob@contoso.com"), ApprovalVerdict.Approve, shown, During);

        Assert.Equal(ApprovalRefusal.PlanChanged, ruling.Refusal);
        Assert.StartsWith("plan changed since it was shown: approve again", ruling.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Approvals_of_an_earlier_plan_do_not_count_towards_the_quorum()
    {
        var request = TestApprovals.Request(quorum: 2);
        var record = TestApprovals.Record(request, TestApprovals.Vote("bob@contoso.com", ApprovalVerdict.Approve, "sha256:old"));

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("bob@contoso.com"), ApprovalVerdict.Approve, request.PlanHash, During);

        Assert.Equal((true, ApprovalStatus.Pending), (ruling.Accepted, ruling.Status));
    }

    [Fact]
    public void Cancelled_request_refuses_decisions_as_no_longer_needed()
    {
        var record = TestApprovals.Record(TestApprovals.Request()) with { Status = ApprovalStatus.Cancelled, DecidedAt = During };

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("bob@contoso.com"), ApprovalVerdict.Approve, record.Request.PlanHash, During);

        Assert.Equal((false, ApprovalRefusal.NoLongerNeeded), (ruling.Accepted, ruling.Refusal));
        Assert.Contains("no longer needed", ruling.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Decided_request_refuses_further_decisions()
    {
        var record = TestApprovals.Record(TestApprovals.Request()) with { Status = ApprovalStatus.Rejected, DecidedAt = During };

        var ruling = ApprovalRules.Decide(record, ApproverIdentity.Named("bob@contoso.com"), ApprovalVerdict.Approve, record.Request.PlanHash, During);

        Assert.Equal(ApprovalRefusal.AlreadyDecided, ruling.Refusal);
    }
}
