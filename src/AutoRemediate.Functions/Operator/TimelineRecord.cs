namespace AutoRemediate.Functions.Operator;

/// <summary>One audit record as the timeline shows it.</summary>
internal sealed record TimelineRecord(
    long Sequence,
    string Kind,
    DateTimeOffset Time,
    string ActorType,
    string Actor,
    string Summary,
    IReadOnlyDictionary<string, string> Details);
