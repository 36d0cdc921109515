using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Teams;

/// <summary>
/// POSTs JSON to a webhook, retrying 408, 429, 5xx and network errors with exponential back-off (or the
/// Retry-After the service asked for), and throws <see cref="WebhookDeliveryException"/> when it gives up.
/// </summary>
/// <remarks>The URL is a secret (it carries the Workflows signature): it is never logged or put in an exception.</remarks>
internal sealed class WebhookSender(HttpClient http, IOptions<TeamsOptions> options, TimeProvider time, ILogger<WebhookSender> logger)
{
    public async Task PostAsync(Uri url, string target, JsonNode payload, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        ArgumentNullException.ThrowIfNull(payload);
        var settings = options.Value;
        var body = payload.ToJsonString();
        for (var attempt = 1; ; attempt++)
        {
            int? status = null;
            TimeSpan? retryAfter = null;
            Exception? failure = null;
            try
            {
                using var content = new StringContent(body, Encoding.UTF8, "application/json");
                using var response = await http.PostAsync(url, content, cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                status = (int)response.StatusCode;
                retryAfter = RetryAfter(response.Headers.RetryAfter);
            }
            catch (Exception exception) when (exception is HttpRequestException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                failure = exception;
            }

            if (!IsTransient(status) || attempt > settings.MaxRetries)
            {
                throw new WebhookDeliveryException(target, status, attempt, failure);
            }

            var delay = Min(retryAfter ?? settings.RetryDelay * Math.Pow(2, attempt - 1), settings.MaxRetryDelay);
            logger.WebhookRetrying(target, status, attempt, delay);
            await Task.Delay(delay, time, cancellationToken);
        }
    }

    private static bool IsTransient(int? status) => status is null or 408 or 429 or >= 500;

    private TimeSpan? RetryAfter(RetryConditionHeaderValue? header) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date - time.GetUtcNow() is var wait && wait > TimeSpan.Zero ? wait : TimeSpan.Zero,
        _ => null,
    };

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
