using AutoRemediate.Core.Toil;
using AutoRemediate.Functions.Teams;
using Microsoft.Extensions.Options;

namespace AutoRemediate.Functions.Toil;

/// <summary>Posts a day or week report's summary card to Teams when a webhook is configured; a failed post never fails the report.</summary>
internal sealed class ToilSummaryPoster(TeamsWebhookClient teamsClient, IOptions<ToilOptions> options, IOptions<TeamsOptions> teams, ILogger<ToilSummaryPoster> logger)
{
    public async Task PostAsync(ToilReport report, CancellationToken cancellationToken)
    {
        // The rolling 30-day report is recomputed every day next to the daily one; a card for it would repeat that news.
        if (!options.Value.PostToTeams || string.IsNullOrWhiteSpace(teams.Value.WebhookUrl) || report.Kind == ToilWindowKind.ThirtyDays)
        {
            return;
        }

        try
        {
            await teamsClient.PostAsync(ToilCards.Summary(report, options.Value.ReportLinkBase), cancellationToken);
        }
        catch (WebhookDeliveryException exception)
        {
            // The snapshot is stored and served; only the notification is lost.
            logger.ToilSummaryNotPosted(report.WindowId, exception.Message);
        }
    }
}
