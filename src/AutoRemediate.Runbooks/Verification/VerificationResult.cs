namespace AutoRemediate.Runbooks.Verification;

/// <summary>A verification's verdict.</summary>
/// <param name="Passed">True when the check held, or when there was nothing to check (no verification declared, dry run).</param>
/// <param name="Summary">The sentence recorded in the audit chain.</param>
internal sealed record VerificationResult(bool Passed, string Summary);
