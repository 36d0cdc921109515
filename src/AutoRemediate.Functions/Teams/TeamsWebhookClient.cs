using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Teams;

/// <summary>Posts messages (Adaptive Cards in the Workflows envelope) to the configured Teams channel webhook.</summary>
internal sealed class TeamsWebhookClient(WebhookSender sender, IOptions<TeamsOptions> options)
{
    public const string Target = "Teams";

    /// <summary>Throws <see cref="WebhookDeliveryException"/> when the post failed after retries.</summary>
    public Task PostAsync(JsonObject message, CancellationToken cancellationToken) =>
        sender.PostAsync(new Uri(options.Value.WebhookUrl!, UriKind.Absolute), Target, message, cancellationToken);
}
