namespace AutoRemediate.Runbooks.QueueDrain;

/// <summary>Counts per outcome within one batch.</summary>
internal sealed class QueueDrainTally
{
    private readonly List<string> inDoubt = [];

    public int Received { get; private set; }

    public int Moved { get; private set; }

    public int Archived { get; private set; }

    public int AlreadyDone { get; private set; }

    public int DeletesPending { get; private set; }

    public IReadOnlyList<string> InDoubt => inDoubt;

    public void Add(QueueDrainMessageOutcome outcome, string messageId)
    {
        Received++;
        switch (outcome)
        {
            case QueueDrainMessageOutcome.Moved: Moved++; break;
            case QueueDrainMessageOutcome.Archived: Archived++; break;
            case QueueDrainMessageOutcome.AlreadyDone: AlreadyDone++; break;
            case QueueDrainMessageOutcome.SetAsideInDoubt: inDoubt.Add(messageId); break;
            case QueueDrainMessageOutcome.DeletePending: DeletesPending++; break;
        }
    }
}
