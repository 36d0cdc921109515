using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Re-imports one App Service certificate from Key Vault and checks the thumbprint it serves.</summary>
internal sealed class CertificateRefreshActivity(CertificateRotationWorker worker) : TaskActivity<CertificateRefreshInput, CertificateStepResult>
{
    public const string Name = "Certificate.Refresh";

    public override Task<CertificateStepResult> RunAsync(TaskActivityContext context, CertificateRefreshInput input) =>
        worker.RefreshAsync(input, CancellationToken.None);
}
