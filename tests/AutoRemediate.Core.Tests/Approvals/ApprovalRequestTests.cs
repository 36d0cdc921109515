using AutoRemediate.Core.Approvals;
using AutoRemediate.Core.Bindings;
using AutoRemediate.Core.Guardrails;
using AutoRemediate.Core.Tests.Support;

namespace AutoRemediate.Core.Tests.Approvals;

public sealed class ApprovalRequestTests
{
    [Fact]
    public void Request_from_a_guardrail_decision_carries_the_policy_the_plan_and_every_verdict()
    {
        var policy = new ApprovalPolicy(ApprovalRequirement.Always, ApprovalConditions.None, AllowSelfApproval: true, Quorum: 2, TimeSpan.FromMinutes(45));
        var guardrailRequest = TestGuardrails.Request(binding: TestGuardrails.With(policy));
        var decision = TestGuardrails.Decide(guardrailRequest);

        var request = ApprovalRequest.For("am-1", "am-1-approval", "alertmanager", guardrailRequest.Alert, guardrailRequest.Plan, decision, TestApprovals.Now);

        Assert.Equal(DecisionOutcome.ProceedAfterApproval, decision.Outcome);
        Assert.Equal((2, true, TestApprovals.Now.AddMinutes(45)), (request.Quorum, request.AllowSelfApproval, request.ExpiresAt));
        Assert.Equal(PlanHash.Compute([TestGuardrails.Site], ["restart site"]), request.PlanHash);
        Assert.Equal(decision.Verdicts.Select(v => v.Name), request.Verdicts.Select(v => v.Name));
        request.Validate();
    }

    [Fact]
    public void Request_whose_hash_does_not_match_its_plan_is_invalid()
    {
        var request = TestApprovals.Request() with { Operations = ["delete site"] };

        var error = Assert.Throws<ArgumentException>(request.Validate);

        Assert.Contains("PlanHash", error.Message, StringComparison.Ordinal);
    }
}
