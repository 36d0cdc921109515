namespace AutoRemediate.Functions.Remediation.Steps;

/// <summary>The input of <see cref="FinishRunActivity"/>.</summary>
internal sealed record RunFinish(string RemediationId, string BindingId, bool Succeeded);
