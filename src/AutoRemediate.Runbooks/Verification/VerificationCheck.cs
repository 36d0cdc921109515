using AutoRemediate.Core.Bindings;

namespace AutoRemediate.Runbooks.Verification;

/// <summary>The input of <see cref="VerifyActivity"/>.</summary>
/// <param name="Target">The remediated resource (its metrics are read).</param>
/// <param name="Settings">The binding's verification.</param>
internal sealed record VerificationCheck(string Target, VerificationSettings Settings);
