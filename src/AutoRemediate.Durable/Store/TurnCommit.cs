namespace AutoRemediate.Durable.Store;

/// <summary>
/// The checkpoint of one turn: the new state row, the history events the turn appended, and the inbox messages it
/// consumed. A store commits all of it or none of it, and only while <see cref="ExpectedETag"/> still matches.
/// </summary>
/// <param name="NewState">The state row to write; its <see cref="InstanceState.HistoryLength"/> counts the new events.</param>
/// <param name="ExpectedETag">The ETag of the state row the turn holds its lease with.</param>
/// <param name="NewEvents">Events with consecutive sequence numbers starting at the old history length.</param>
/// <param name="ConsumedInbox">Ids of inbox messages to delete in the same transaction.</param>
public sealed record TurnCommit(
    InstanceState NewState,
    string ExpectedETag,
    IReadOnlyList<StoredEvent> NewEvents,
    IReadOnlyList<string> ConsumedInbox);
