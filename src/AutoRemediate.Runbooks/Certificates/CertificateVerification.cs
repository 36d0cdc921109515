namespace AutoRemediate.Runbooks.Certificates;

/// <summary>Whether the new version is what the rotation promised.</summary>
/// <param name="Passed">A new version exists, the old one is still there, and the new expiry is later by the policy's validity.</param>
/// <param name="Summary">What was checked, with both expiries.</param>
/// <param name="New">The current version after the rotation.</param>
internal sealed record CertificateVerification(bool Passed, string Summary, CertificateSnapshot New);
