using System.Text.RegularExpressions;
using AutoRemediate.Core.Text;
using AutoRemediate.Functions.Remediation;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Webhook;

/// <summary>
/// Answers <c>GET /api/remediations/{id}</c>. Only ids of the remediation format are looked up, so the endpoint
/// cannot be used to read other orchestrations (self-checks) that share the task hub.
/// </summary>
internal sealed partial class RemediationStatusLookup(IRemediationStarter remediations, IOptions<WebhookOptions> options, ILogger<RemediationStatusLookup> logger)
{
    public async Task<IResult> GetAsync(string instanceId, CancellationToken requestAborted)
    {
        if (!RemediationIdFormat().IsMatch(instanceId))
        {
            return WebhookProblems.NotFound(instanceId);
        }

        try
        {
            return await remediations.FindAsync(instanceId, requestAborted) is { } instance
                ? TypedResults.Ok(RemediationStatusResponse.From(instance))
                : WebhookProblems.NotFound(instanceId);
        }
        catch (Exception exception) when (StorageFailures.IsTransient(exception, requestAborted))
        {
            logger.StatusLookupFailed(instanceId, exception);
            return WebhookProblems.Unavailable($"storage is unavailable ({exception.GetType().Name}); try again", options.Value.RetryAfterSeconds);
        }
    }

    [GeneratedRegex("^(am|eg|pm|gf)-[0-9a-f]{32}$", RegexOptions.CultureInvariant)]
    private static partial Regex RemediationIdFormat();
}
