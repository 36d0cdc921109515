using System.Text.Json.Serialization;

namespace AutoRemediate.Core.Toil;

/// <summary>The report windows; each is a whole number of UTC days.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ToilWindowKind>))]
public enum ToilWindowKind
{
    /// <summary>One UTC day: <c>day-2026-11-21</c>.</summary>
    Day,

    /// <summary>One ISO week, Monday to Sunday: <c>week-2026-W47</c>.</summary>
    Week,

    /// <summary>The 30 days ending with the named day: <c>30d-2026-11-21</c>.</summary>
    ThirtyDays,
}
