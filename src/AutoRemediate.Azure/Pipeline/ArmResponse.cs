using System.Text.Json;
using AutoRemediate.Azure.Requests;

namespace AutoRemediate.Azure.Pipeline;

/// <summary>A buffered response to an <see cref="ArmRequest"/>, with the headers the clients act on already read.</summary>
internal sealed record ArmResponse(int Status, BinaryData Content, AzureRequestIds RequestIds)
{
    /// <summary>The <c>Azure-AsyncOperation</c> status URL of a long-running operation.</summary>
    public Uri? AsyncOperation { get; init; }

    /// <summary>The <c>Location</c> URL of a long-running operation.</summary>
    public Uri? Location { get; init; }

    /// <summary>The wait Azure asked for before the next request.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The lowest <c>x-ms-ratelimit-remaining-*</c> counter.</summary>
    public int? RateLimitRemaining { get; init; }

    /// <summary>The body as JSON; an empty object when there is none.</summary>
    public JsonElement Json()
    {
        if (Content.ToMemory().IsEmpty)
        {
            return JsonDocument.Parse("{}").RootElement.Clone();
        }

        using var document = JsonDocument.Parse(Content);
        return document.RootElement.Clone();
    }
}
