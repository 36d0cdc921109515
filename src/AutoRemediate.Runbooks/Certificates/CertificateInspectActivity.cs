using AutoRemediate.Durable;

namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Reads the certificate's current version, policy validity and version list.</summary>
internal sealed class CertificateInspectActivity(CertificateRotationWorker worker) : TaskActivity<CertificateTarget, CertificateSnapshot>
{
    public const string Name = "Certificate.Inspect";

    public override Task<CertificateSnapshot> RunAsync(TaskActivityContext context, CertificateTarget input, CancellationToken cancellationToken) =>
        worker.InspectAsync(input, cancellationToken);
}
