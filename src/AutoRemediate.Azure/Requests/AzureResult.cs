namespace AutoRemediate.Azure.Requests;

/// <summary>A value read from Azure, with the identifiers of the request that read it.</summary>
/// <typeparam name="T">The value's type.</typeparam>
/// <param name="Value">What was read.</param>
/// <param name="RequestIds">The identifiers of the (last) request that produced it.</param>
public sealed record AzureResult<T>(T Value, AzureRequestIds RequestIds);
