using DurableTask.Core.History;
using Newtonsoft.Json.Linq;

namespace AutoRemediate.Server.Engine;

/// <summary>
/// Reads the history JSON that DurableTask.AzureStorage returns (an array of events, each naming its
/// <see cref="EventType"/>) back into DurableTask.Core's typed <see cref="HistoryEvent"/>s.
/// </summary>
/// <remarks>
/// Each event type's class is named after it (<c>TaskScheduled</c> → <see cref="TaskScheduledEvent"/>); the
/// events' <c>[DataMember]</c> attributes let Json.NET set their non-public setters.
/// </remarks>
internal static class HistoryReader
{
    public static IList<HistoryEvent> Read(string json) =>
        [.. JArray.Parse(json).Select(token => (HistoryEvent)token.ToObject(ClassOf(token))!)];

    private static Type ClassOf(JToken token)
    {
        var eventType = token.Value<JToken>(nameof(HistoryEvent.EventType)) switch
        {
            { Type: JTokenType.Integer } number => (EventType)number.Value<int>(),
            var name => Enum.Parse<EventType>(name?.Value<string>() ?? throw new FormatException("A history event has no EventType.")),
        };
        return typeof(HistoryEvent).Assembly.GetType($"{typeof(HistoryEvent).Namespace}.{eventType}Event")
            ?? throw new FormatException($"No history event class for event type {eventType}.");
    }
}
