namespace AutoRemediate.Core.Toil;

/// <summary>One entry of the manual toil log: work someone did by hand that no alert recorded.</summary>
/// <param name="Id">Unique, time-ordered within its day.</param>
/// <param name="Who">Who did the work.</param>
/// <param name="What">What they did.</param>
/// <param name="Minutes">How long it took.</param>
/// <param name="Category">A short lower-case token grouping entries (e.g. <c>certificates</c>).</param>
/// <param name="At">When the work was done (UTC); decides the ledger day.</param>
/// <param name="RecordedAt">When it was logged.</param>
/// <param name="RecordedBy">The authenticated identity that logged it.</param>
public sealed record ManualToilEntry(
    string Id, string Who, string What, int Minutes, string Category, DateTimeOffset At, DateTimeOffset RecordedAt, string RecordedBy);
