namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>One drain, fixed in history before anything is touched.</summary>
/// <param name="RunId">The remediation id; ledger rows carry it so a run counts its own messages.</param>
/// <param name="AccountName">The storage account name, which selects the endpoint and credential.</param>
/// <param name="SourceQueue">The queue being drained, e.g. <c>orders-poison</c>.</param>
/// <param name="DestinationQueue">Where moved messages go, e.g. <c>orders</c>; null when archiving.</param>
/// <param name="Mode">Move or archive.</param>
/// <param name="MaxMessages">The most messages this run may take off the source queue.</param>
/// <param name="MessagesPerSecond">The pace of moves (0 for no limit).</param>
/// <param name="ArchiveTable">Where archived and in-doubt messages are kept.</param>
internal sealed record QueueDrainPlan(
    string RunId,
    string AccountName,
    string SourceQueue,
    string? DestinationQueue,
    QueueDrainMode Mode,
    int MaxMessages,
    double MessagesPerSecond,
    string ArchiveTable)
{
    /// <summary>The ledger partition: one per source queue, whichever run drains it.</summary>
    public string LedgerPartition => $"{AccountName}:{SourceQueue}";

    public string Describe() => Mode == QueueDrainMode.Move
        ? $"move up to {MaxMessages} messages from {AccountName}/{SourceQueue} to {AccountName}/{DestinationQueue}"
        : $"archive up to {MaxMessages} messages from {AccountName}/{SourceQueue} to table {ArchiveTable}";
}
