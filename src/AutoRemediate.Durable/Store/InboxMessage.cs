namespace AutoRemediate.Durable.Store;

/// <summary>
/// A message waiting for an instance's next turn: an activity result, an external event, a terminate request.
/// </summary>
/// <remarks>
/// Inbox rows live beside the instance's state row but are not guarded by its ETag, so an event raised while a
/// turn runs is written without disturbing that turn and is picked up by the next one. <see cref="Id"/> sorts by
/// arrival (the engine makes it from a timestamp and a unique suffix).
/// </remarks>
public sealed record InboxMessage(string Id, string Payload);
