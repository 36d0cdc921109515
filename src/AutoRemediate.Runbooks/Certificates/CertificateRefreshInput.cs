namespace AutoRemediate.Runbooks.Certificates;

/// <summary>One consumer to re-import, and the thumbprint it must serve afterwards.</summary>
internal sealed record CertificateRefreshInput(string Consumer, string? ExpectedThumbprint);
