using Azure.Core;

namespace AutoRemediate.AzureFakes;

/// <summary>A credential that hands out <see cref="Token"/> (which the fake server accepts) and records the scopes asked for.</summary>
public sealed class FakeTokenCredential : TokenCredential
{
    /// <summary>The bearer token every request carries.</summary>
    public const string Token = "fake-azure-test-token";

    private readonly Lock _gate = new();
    private readonly List<string> _scopes = [];

    /// <summary>Every scope a token was requested for, in order.</summary>
    public IReadOnlyList<string> Scopes
    {
        get
        {
            lock (_gate)
            {
                return [.. _scopes];
            }
        }
    }

    /// <inheritdoc />
    public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            _scopes.AddRange(requestContext.Scopes);
        }

        return new AccessToken(Token, DateTimeOffset.UtcNow.AddHours(1));
    }

    /// <inheritdoc />
    public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
        ValueTask.FromResult(GetToken(requestContext, cancellationToken));
}
