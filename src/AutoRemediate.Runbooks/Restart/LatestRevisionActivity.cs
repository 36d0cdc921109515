using System.Text.Json;
using AutoRemediate.Azure.Resources;
using Microsoft.DurableTask;
using Azure.Core;

namespace AutoRemediate.Runbooks.Restart;

/// <summary>Reads the revision a container app serves (<c>latestReadyRevisionName</c>, else <c>latestRevisionName</c>).</summary>
internal sealed class LatestRevisionActivity(IAzureResourceClient resources) : TaskActivity<string, string?>
{
    public const string Name = "RunbookLatestRevision";

    public override async Task<string?> RunAsync(TaskActivityContext context, string input)
    {
        var app = await resources.GetAsync(new ResourceIdentifier(input), CancellationToken.None);
        foreach (var name in new[] { "latestReadyRevisionName", "latestRevisionName" })
        {
            if (app.Value.Properties.TryGetProperty(name, out var revision) && revision.ValueKind == JsonValueKind.String)
            {
                return revision.GetString();
            }
        }

        return null;
    }
}
