using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Starts a new version with the existing policy; a re-run finds the earlier attempt's operation or version instead of starting another.</summary>
internal sealed class CertificateBeginActivity(CertificateRotationWorker worker) : TaskActivity<CertificateVerifyInput, CertificateStepResult>
{
    public const string Name = "Certificate.Begin";

    public override Task<CertificateStepResult> RunAsync(TaskActivityContext context, CertificateVerifyInput input) =>
        worker.BeginAsync(input, CancellationToken.None);
}
