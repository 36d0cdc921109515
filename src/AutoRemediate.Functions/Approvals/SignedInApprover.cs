using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Approvals;

/// <summary>A person deciding on an approval: who (with the memberships bindings may name) and whether they hold the Approver role.</summary>
internal sealed record SignedInApprover(ApproverIdentity Identity, bool IsApprover);
