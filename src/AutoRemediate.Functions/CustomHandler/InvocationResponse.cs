using System.Text.Json.Serialization;

namespace AutoRemediate.Functions.CustomHandler;

/// <summary>
/// What a custom handler answers for a non-HTTP invocation: output binding values, log lines the host writes to
/// its own log, and the function's return value. A non-2xx status tells the host the invocation failed (a queue
/// message is then retried until its dequeue count reaches maxDequeueCount).
/// </summary>
internal sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static InvocationResponse Done(params string[] logs) =>
        new(new Dictionary<string, object?>(), logs, null);
}
