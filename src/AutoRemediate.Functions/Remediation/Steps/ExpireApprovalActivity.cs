using AutoRemediate.Durable;

namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>Marks an approval request expired so a late decision is refused.</summary>
/// <remarks>Resolves the gateway per call: the activity is registered even in builds that configure no approvals.</remarks>
internal sealed class ExpireApprovalActivity(IServiceProvider services) : TaskActivity<ApprovalAsk, bool>
{
    public const string Name = "RemediationExpireApproval";

    public override async Task<bool> RunAsync(TaskActivityContext context, ApprovalAsk input, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<IApprovalGateway>().ExpireAsync(input, cancellationToken);
        return true;
    }
}
