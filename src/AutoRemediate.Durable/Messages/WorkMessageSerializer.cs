using System.Text;
using System.Text.Json;
using AutoRemediate.Durable.Serialization;

namespace AutoRemediate.Durable.Messages;

/// <summary>Converts work messages to and from queue bodies.</summary>
internal static class WorkMessageSerializer
{
    public static string Serialize(WorkMessage message) => JsonSerializer.Serialize(message, DurableJson.Options);

    /// <summary>The body's size in bytes as the queue counts it.</summary>
    public static int ByteCount(string body) => Encoding.UTF8.GetByteCount(body);

    /// <summary>Parses a body; null (with the reason) when it is not a work message.</summary>
    public static WorkMessage? TryDeserialize(string body, out string? error)
    {
        try
        {
            var message = JsonSerializer.Deserialize<WorkMessage>(body, DurableJson.Options);
            error = message is null ? "the body is the JSON literal null" : null;
            return message;
        }
        catch (JsonException ex)
        {
            error = ex.Message;
            return null;
        }
        catch (NotSupportedException ex)
        {
            error = ex.Message;
            return null;
        }
    }
}
