namespace AutoRemediate.AzureFakes.State;

/// <summary>A long-running operation the fake is running: in progress for some polls (and until ready), then final.</summary>
internal sealed class FakeOperation(string id, int polls, string finalStatus, string errorCode, string errorMessage, string? retryAfter)
{
    public string Id { get; } = id;

    public int PollsLeft { get; set; } = polls;

    public string FinalStatus { get; } = finalStatus;

    public string ErrorCode { get; } = errorCode;

    public string ErrorMessage { get; } = errorMessage;

    public string? RetryAfter { get; } = retryAfter;

    /// <summary>Further condition for ending (e.g. the restarted instances are running again).</summary>
    public Func<bool> Ready { get; init; } = () => true;

    /// <summary>What a successful end changes in the fake's state.</summary>
    public Action OnSucceeded { get; init; } = () => { };

    public string? Result { get; set; }

    /// <summary>Counts a poll; returns the status to report (<c>InProgress</c> until done).</summary>
    public string Poll()
    {
        if (Result is not null)
        {
            return Result;
        }

        if (PollsLeft > 0 && PollsLeft != int.MaxValue)
        {
            PollsLeft--;
        }

        if (PollsLeft > 0 || !Ready())
        {
            return "InProgress";
        }

        Result = FinalStatus;
        if (Result is "Succeeded" or "completed")
        {
            OnSucceeded();
        }

        return Result;
    }
}
