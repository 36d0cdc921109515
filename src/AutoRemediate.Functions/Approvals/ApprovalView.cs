using AutoRemediate.Core.Approvals;

namespace AutoRemediate.Functions.Approvals;

/// <summary>What the approval page shows.</summary>
/// <param name="Record">The request and its decisions so far.</param>
/// <param name="FormToken">A fresh single-use token for the form; null when no decision can be made (the notice says why).</param>
/// <param name="Approver">Who is signed in, if anyone.</param>
/// <param name="Notice">Why no decision can be made, when none can.</param>
/// <param name="Preselected">"approve" or "reject" when the card's button said so.</param>
internal sealed record ApprovalView(ApprovalRecord Record, string? FormToken, string? Approver, string? Notice, string? Preselected);
