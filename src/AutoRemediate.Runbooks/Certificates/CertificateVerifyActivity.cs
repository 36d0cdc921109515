using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Checks the new version's expiry against the old one and the policy, and that the old version is kept.</summary>
internal sealed class CertificateVerifyActivity(CertificateRotationWorker worker) : TaskActivity<CertificateVerifyInput, CertificateVerification>
{
    public const string Name = "Certificate.Verify";

    public override Task<CertificateVerification> RunAsync(TaskActivityContext context, CertificateVerifyInput input) =>
        worker.VerifyAsync(input, CancellationToken.None);
}
