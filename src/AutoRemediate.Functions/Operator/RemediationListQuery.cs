using System.Globalization;
using AutoRemediate.Core.Text;
using Microsoft.DurableTask.Client;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>The parsed query of <c>GET /api/remediations</c>: runtime statuses (comma-separated), created range, page.</summary>
internal sealed record RemediationListQuery(
    IReadOnlySet<OrchestrationRuntimeStatus>? Statuses, DateTimeOffset? From, DateTimeOffset? To, int PageSize, string? ContinuationToken)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;
    private const int MaxTokenLength = 2048;

    public static (RemediationListQuery? Query, ProblemHttpResult? Problem) Parse(string? status, string? from, string? to, string? pageSize, string? continuationToken)
    {
        HashSet<OrchestrationRuntimeStatus>? statuses = null;
        if (!string.IsNullOrWhiteSpace(status))
        {
            statuses = [];
            foreach (var name in status.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            {
                if (!name.All(char.IsAsciiLetter) || !Enum.TryParse<OrchestrationRuntimeStatus>(name, ignoreCase: true, out var parsed))
                {
                    return (null, OperatorProblems.BadParameter("status", $"'{UntrustedText.Echo(name)}' is not one of {string.Join(", ", Enum.GetNames<OrchestrationRuntimeStatus>())}"));
                }

                statuses.Add(parsed);
            }
        }

        if (!TryTime(from, out var fromTime))
        {
            return (null, OperatorProblems.BadParameter("from", "not an ISO 8601 date and time"));
        }

        if (!TryTime(to, out var toTime))
        {
            return (null, OperatorProblems.BadParameter("to", "not an ISO 8601 date and time"));
        }

        if (fromTime > toTime)
        {
            return (null, OperatorProblems.BadParameter("from", "must not be after 'to'"));
        }

        var size = DefaultPageSize;
        if (pageSize is not null && (!int.TryParse(pageSize, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxPageSize))
        {
            return (null, OperatorProblems.BadParameter("pageSize", $"must be a whole number from 1 to {MaxPageSize}"));
        }

        if (!string.IsNullOrEmpty(continuationToken) && (string.IsNullOrWhiteSpace(continuationToken) || continuationToken.Length > MaxTokenLength || continuationToken.Any(char.IsControl)))
        {
            return (null, OperatorProblems.BadParameter("continuationToken", "not a token a previous page returned"));
        }

        return (new RemediationListQuery(statuses, fromTime, toTime, size, string.IsNullOrEmpty(continuationToken) ? null : continuationToken), null);
    }

    private static bool TryTime(string? text, out DateTimeOffset? value)
    {
        value = null;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }

        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
        {
            return false;
        }

        value = parsed;
        return true;
    }
}
