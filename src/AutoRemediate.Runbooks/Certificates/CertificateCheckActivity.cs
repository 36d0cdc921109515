using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Reads the pending create operation once; the orchestration waits between checks with durable timers.</summary>
internal sealed class CertificateCheckActivity(CertificateRotationWorker worker) : TaskActivity<CertificateTarget, CertificateStepResult>
{
    public const string Name = "Certificate.Check";

    public override Task<CertificateStepResult> RunAsync(TaskActivityContext context, CertificateTarget input) =>
        worker.CheckAsync(input, CancellationToken.None);
}
