namespace AutoRemediate.Runbooks.Certificates;

/// <summary>The certificate and the version the rotation replaced.</summary>
internal sealed record CertificateVerifyInput(CertificateTarget Target, CertificateSnapshot Old);
