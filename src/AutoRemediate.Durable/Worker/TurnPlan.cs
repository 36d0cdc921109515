using AutoRemediate.Durable.History;
using AutoRemediate.Durable.Messages;
using AutoRemediate.Durable.Store;

namespace AutoRemediate.Durable.Worker;

/// <summary>Everything one turn decided, before any of it is sent or committed.</summary>
/// <param name="NewEvents">History events to append, in order.</param>
/// <param name="Outgoing">Activity and timer messages to send before the commit.</param>
/// <param name="NewState">The state row to commit (lease cleared).</param>
/// <param name="ConsumedInbox">Inbox ids to delete with the commit.</param>
/// <param name="MoreInboxWaiting">True when the inbox held more than one turn may consume.</param>
internal sealed record TurnPlan(
    IReadOnlyList<HistoryEvent> NewEvents,
    IReadOnlyList<WorkMessage> Outgoing,
    InstanceState NewState,
    IReadOnlyList<string> ConsumedInbox,
    bool MoreInboxWaiting);
