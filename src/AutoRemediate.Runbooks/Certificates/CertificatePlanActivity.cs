using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Dry run: records the exact create and re-import requests without sending them.</summary>
internal sealed class CertificatePlanActivity(CertificateRotationWorker worker) : TaskActivity<CertificateTarget, CertificateStepResult>
{
    public const string Name = "Certificate.Plan";

    public override Task<CertificateStepResult> RunAsync(TaskActivityContext context, CertificateTarget input) =>
        worker.PlanAsync(input, CancellationToken.None);
}
