using System.Security.Cryptography;

namespace AutoRemediate.Functions.Security;

/// <summary>A tenant's token issuer and RSA signing keys by key id, as fetched at <paramref name="FetchedAt"/>.</summary>
internal sealed record SigningKeySet(string Issuer, IReadOnlyDictionary<string, RSAParameters> Keys, DateTimeOffset FetchedAt);
