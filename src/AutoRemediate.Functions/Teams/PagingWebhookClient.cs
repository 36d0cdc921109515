using System.Text.Json.Nodes;
using AutoRemediate.Functions.Approvals;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Teams;

/// <summary>Posts escalations to the optional generic paging webhook (<c>Approvals:PagingWebhookUrl</c>, a secret).</summary>
internal sealed class PagingWebhookClient(WebhookSender sender, IOptions<ApprovalOptions> options)
{
    public const string Target = "paging";

    public bool IsConfigured => !string.IsNullOrWhiteSpace(options.Value.PagingWebhookUrl);

    /// <summary>Does nothing when no paging webhook is configured; throws <see cref="WebhookDeliveryException"/> on failure.</summary>
    public Task PostAsync(JsonObject payload, CancellationToken cancellationToken) =>
        IsConfigured
            ? sender.PostAsync(new Uri(options.Value.PagingWebhookUrl!, UriKind.Absolute), Target, payload, cancellationToken)
            : Task.CompletedTask;
}
