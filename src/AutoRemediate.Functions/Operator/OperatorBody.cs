using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AutoRemediate.Functions.Operator;

/// <summary>Reads an operator request's JSON body and its reason, answering 400 naming the field for anything wrong.</summary>
internal static class OperatorBody
{
    public const int MaxReasonLength = 500;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(T? Body, ProblemHttpResult? Problem)> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        try
        {
            var body = await JsonSerializer.DeserializeAsync<T>(request.Body, Json, request.HttpContext.RequestAborted);
            return body is null ? (null, OperatorProblems.BadParameter("body", "a JSON object is required")) : (body, null);
        }
        catch (JsonException exception)
        {
            return (null, OperatorProblems.BadParameter("body", $"not valid JSON ({exception.Message})"));
        }
    }

    /// <summary>The trimmed reason, or a 400 naming <c>reason</c>.</summary>
    public static (string Reason, ProblemHttpResult? Problem) Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? (string.Empty, OperatorProblems.BadParameter("reason", "a reason is required"))
        : reason.Trim().Length > MaxReasonLength ? (string.Empty, OperatorProblems.BadParameter("reason", $"at most {MaxReasonLength} characters"))
        : (reason.Trim(), null);
}
