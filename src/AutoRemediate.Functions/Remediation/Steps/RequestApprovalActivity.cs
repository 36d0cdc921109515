using AutoRemediate.Durable;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Asks for approval through <see cref="IApprovalGateway"/>, or reports that none is configured.</summary>
/// <remarks>Asked in an activity, not the orchestrator, so whether approvals exist is recorded in history.</remarks>
internal sealed class RequestApprovalActivity(IServiceProvider services) : TaskActivity<ApprovalAsk, ApprovalTicket>
{
    public const string Name = "RemediationRequestApproval";

    public override async Task<ApprovalTicket> RunAsync(TaskActivityContext context, ApprovalAsk input, CancellationToken cancellationToken)
    {
        if (services.GetService<IApprovalGateway>() is not { } gateway)
        {
            return new ApprovalTicket(false, null);
        }

        var url = await gateway.RequestAsync(input, cancellationToken);
        return new ApprovalTicket(true, url.ToString());
    }
}
