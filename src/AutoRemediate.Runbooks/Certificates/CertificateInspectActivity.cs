using Microsoft.DurableTask;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Reads the certificate's current version, policy validity and version list.</summary>
internal sealed class CertificateInspectActivity(CertificateRotationWorker worker) : TaskActivity<CertificateTarget, CertificateSnapshot>
{
    public const string Name = "Certificate.Inspect";

    public override Task<CertificateSnapshot> RunAsync(TaskActivityContext context, CertificateTarget input) =>
        worker.InspectAsync(input, CancellationToken.None);
}
